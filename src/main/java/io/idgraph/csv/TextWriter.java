package io.idgraph.csv;

import java.io.Writer;

/** A Writer into a StringBuilder, without StringWriter's locking. */
public final class TextWriter extends Writer {
  private final StringBuilder text;

  public TextWriter(StringBuilder text) {
    this.text = text;
  }

  @Override
  public void write(char[] buf, int off, int len) {
    text.append(buf, off, len);
  }

  @Override
  public void write(int c) {
    text.append((char) c);
  }

  @Override
  public void write(String s, int off, int len) {
    text.append(s, off, off + len);
  }

  @Override
  public Writer append(CharSequence s) {
    text.append(s);
    return this;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
