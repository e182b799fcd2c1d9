package io.idgraph.csv;

import java.util.List;

/**
 * One CSV record as read.
 *
 * @param line the physical line (1-based) the record starts on
 * @param fields the fields, unquoted
 */
public record CsvRecord(long line, List<String> fields) {}
