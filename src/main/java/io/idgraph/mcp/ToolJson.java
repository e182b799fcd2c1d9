package io.idgraph.mcp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.JsonStringEncoder;

/**
 * A tool result's JSON, serialized once, as UTF-8 bytes. It is both copies MCP sends: the raw
 * {@code structuredContent} (a generator writes these bytes as they are, see {@link ToolCallReply})
 * and, escaped as a string, the text content. As a {@link SerializableString} inside a Jackson
 * {@code RawValue}, any Jackson writer also writes it raw.
 */
final class ToolJson implements SerializableString {
  private final byte[] utf8;

  ToolJson(byte[] utf8) {
    this.utf8 = utf8;
  }

  byte[] bytes() {
    return utf8;
  }

  /** The JSON as text, for the text content of the SDK's result object. */
  @Override
  public String getValue() {
    return new String(utf8, StandardCharsets.UTF_8);
  }

  @Override
  public int charLength() {
    return getValue().length();
  }

  @Override
  public char[] asQuotedChars() {
    return JsonStringEncoder.getInstance().quoteAsCharArray(getValue());
  }

  @Override
  public byte[] asUnquotedUTF8() {
    return utf8;
  }

  @Override
  public byte[] asQuotedUTF8() {
    return JsonStringEncoder.getInstance().quoteAsUTF8(getValue());
  }

  @Override
  public int appendQuotedUTF8(byte[] buffer, int offset) {
    return append(asQuotedUTF8(), buffer, offset);
  }

  @Override
  public int appendQuoted(char[] buffer, int offset) {
    return append(asQuotedChars(), buffer, offset);
  }

  @Override
  public int appendUnquotedUTF8(byte[] buffer, int offset) {
    return append(utf8, buffer, offset);
  }

  @Override
  public int appendUnquoted(char[] buffer, int offset) {
    return append(getValue().toCharArray(), buffer, offset);
  }

  @Override
  public int writeQuotedUTF8(OutputStream out) throws IOException {
    byte[] quoted = asQuotedUTF8();
    out.write(quoted);
    return quoted.length;
  }

  @Override
  public int writeUnquotedUTF8(OutputStream out) throws IOException {
    out.write(utf8);
    return utf8.length;
  }

  @Override
  public int putQuotedUTF8(ByteBuffer buffer) {
    return put(asQuotedUTF8(), buffer);
  }

  @Override
  public int putUnquotedUTF8(ByteBuffer buffer) {
    return put(utf8, buffer);
  }

  @Override
  public String toString() {
    return getValue();
  }

  /** Copies {@code from} when it fits; -1 when it does not (the SerializableString contract). */
  private static int append(byte[] from, byte[] buffer, int offset) {
    if (offset + from.length > buffer.length) {
      return -1;
    }
    System.arraycopy(from, 0, buffer, offset, from.length);
    return from.length;
  }

  private static int append(char[] from, char[] buffer, int offset) {
    if (offset + from.length > buffer.length) {
      return -1;
    }
    System.arraycopy(from, 0, buffer, offset, from.length);
    return from.length;
  }

  private static int put(byte[] from, ByteBuffer buffer) {
    if (from.length > buffer.remaining()) {
      return -1;
    }
    buffer.put(from);
    return from.length;
  }
}
