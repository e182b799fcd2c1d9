package io.idgraph.enrich;

import io.idgraph.csv.CsvWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** Writes one output row: the input fields fitted to the header, the result, the attributes. */
record RowWriter(CsvWriter out, OutputColumns columns) {

  void write(
      List<String> fields,
      BestPersonChooser.Choice choice,
      String note,
      Map<String, Object> attrs) {
    int width = columns.input().size();
    for (int i = 0; i < width; i++) {
      out.field(i < fields.size() ? fields.get(i) : null);
    }
    if (choice == null) {
      out.field(null);
      out.field(null);
      out.field(null);
    } else {
      out.field(Long.toString(choice.personId()));
      out.field(Scores.format(choice.score()));
      out.field(choice.matchedOn());
    }
    out.field(note);
    for (String name : columns.attributes()) {
      out.field(attrs == null ? null : format(attrs.get(name)));
    }
    out.endRecord();
  }

  /** A value as a cell: strings as they are, numbers without exponent, booleans as true/false. */
  static String format(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Double d) {
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return BigDecimal.valueOf(d).toBigInteger().toString() + ".0";
      }
      return BigDecimal.valueOf(d).toPlainString();
    }
    return value.toString();
  }
}
