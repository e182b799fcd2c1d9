package io.idgraph.enrich;

import java.util.List;

/** Tells a header line from a first line of data. */
final class HeaderCheck {
  private HeaderCheck() {}

  /** True when a cell holds what looks like an email or a phone number, which no header does. */
  static boolean looksLikeData(List<String> header) {
    for (String cell : header) {
      int at = cell.indexOf('@');
      if (at > 0 && cell.indexOf('.', at) > at) {
        return true;
      }
      int digits = 0;
      boolean phoneChars = !cell.isBlank();
      for (int i = 0; i < cell.length(); i++) {
        char c = cell.charAt(i);
        if (c >= '0' && c <= '9') {
          digits++;
        } else if ("+-(). ".indexOf(c) < 0) {
          phoneChars = false;
        }
      }
      if (phoneChars && digits >= 7) {
        return true;
      }
    }
    return false;
  }
}
