package dev.streamlab.ui.items;

/**
 * A scan reads everything in storage order; a query reads one partition in sort-key order; a PartiQL statement
 * (ExecuteStatement) reads what its SELECT says.
 */
public enum ReadMode { SCAN, QUERY, PARTIQL }
