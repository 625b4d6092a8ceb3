package dev.streamlab.ui.items;

/** A scan reads everything in storage order; a query reads one partition in sort-key order. */
public enum ReadMode { SCAN, QUERY }
