package dev.streamlab.ui.items;

/**
 * A scan reads everything in storage order; a query reads one partition in sort-key order; PartiQL runs a
 * statement (ExecuteStatement).
 */
public enum ReadMode { SCAN, QUERY, PARTIQL }
