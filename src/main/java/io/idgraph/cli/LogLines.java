package io.idgraph.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Makes every log line one line: the server's log (slf4j-simple, which prints each entry with
 * {@code println} on stderr, for idgraph, Jetty and the MCP SDK alike) gets control characters in a
 * line escaped, so a value a client chose (a client name with a newline, say) cannot forge a log
 * line (CWE-117). Installed by {@code serve}; stack traces keep their own lines.
 */
final class LogLines extends PrintStream {
  /** Longer lines are cut: a client-chosen value cannot flood the log either. */
  static final int MAX_LINE = 8192;

  private LogLines(PrintStream out) {
    super(out, true, StandardCharsets.UTF_8);
  }

  /** Replaces System.err with an escaping stream over the real stderr. */
  static void escapeControlCharacters() {
    if (!(System.err instanceof LogLines)) {
      PrintStream stderr =
          new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
      System.setErr(new LogLines(stderr));
    }
  }

  @Override
  public void println(String line) {
    super.println(escape(line));
  }

  @Override
  public void println(Object line) {
    super.println(escape(String.valueOf(line)));
  }

  /** {@code \n}, {@code \r}, other C0 controls and DEL as escapes such as {@code \n} or \\u001b. */
  static String escape(String line) {
    if (line == null) {
      return null;
    }
    StringBuilder out = null;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean control = (c < 0x20 && c != '\t') || c == 0x7f || c == '\u2028' || c == '\u2029';
      if (control && out == null) {
        out = new StringBuilder(line.length() + 16).append(line, 0, i);
      }
      if (out != null) {
        if (!control) {
          out.append(c);
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(String.format("\\u%04x", (int) c));
        }
      }
    }
    String escaped = out == null ? line : out.toString();
    return escaped.length() <= MAX_LINE
        ? escaped
        : escaped.substring(0, MAX_LINE) + "... (" + escaped.length() + " characters, cut)";
  }
}
