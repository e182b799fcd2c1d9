package io.idgraph.privacy;

import io.idgraph.files.DiskTrouble;
import io.idgraph.files.PrivateFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * A text file only ever appended to, one record a line, shared by processes: each append is one
 * O_APPEND write made durable (fsync) before it returns; a reader reads only what was added since
 * it last read. A torn last line (a writer killed mid-write) is skipped until it is completed.
 */
final class AppendOnlyLines {
  private final Path file;
  private long readUpTo;

  AppendOnlyLines(Path file) {
    this.file = file;
  }

  Path file() {
    return file;
  }

  /** Appends these lines (no line breaks inside) in one durable write. */
  synchronized void append(List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (String line : lines) {
      if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a record must be one line");
      }
      text.append(line).append('\n');
    }
    try {
      PrivateFiles.append(file, text.toString().getBytes(StandardCharsets.UTF_8), true);
    } catch (IOException e) {
      throw DiskTrouble.failure("write " + file, e);
    }
  }

  /** The complete lines added since the last call (all of them on the first call). */
  synchronized List<String> readNew() {
    List<String> out = new ArrayList<>();
    // asked on every call: one stat, not an open (or a thrown NoSuchFileException when the file
    // was never written), when nothing was added
    if (file.toFile().length() <= readUpTo) {
      return out;
    }
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      channel.position(readUpTo);
      byte[] bytes;
      try (InputStream in = Channels.newInputStream(channel)) {
        bytes = in.readAllBytes();
      }
      int start = 0;
      for (int i = 0; i < bytes.length; i++) {
        if (bytes[i] == '\n') {
          if (i > start) {
            out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
          }
          start = i + 1;
        }
      }
      readUpTo += start;
      return out;
    } catch (NoSuchFileException e) {
      return out;
    } catch (IOException e) {
      throw DiskTrouble.failure("read " + file, e);
    }
  }

  /** Replaces the whole file with {@code lines} (retention pruning); readers start over. */
  synchronized void rewrite(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(l -> text.append(l).append('\n'));
    try {
      PrivateFiles.replace(file, text.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw DiskTrouble.failure("write " + file, e);
    }
    readUpTo = 0;
  }
}
