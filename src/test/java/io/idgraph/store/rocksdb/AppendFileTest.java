package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendFileTest {
  @TempDir Path dir;

  @Test
  void writesLengthPrefixedValuesAsADataOutputStreamWould() throws Exception {
    Random random = new Random(7);
    ByteArrayOutputStream expected = new ByteArrayOutputStream();
    Path path = dir.resolve("append");
    try (AppendFile file = new AppendFile(path, 16);
        DataOutputStream data = new DataOutputStream(expected)) {
      for (int length : new int[] {0, 1, 5, 11, 12, 13, 16, 17, 40, 3, 0, 200, 2}) {
        byte[] value = new byte[length];
        random.nextBytes(value);
        file.writeWithLength(value);
        data.writeInt(length);
        data.write(value);
      }
      file.close();
      file.close(); // a second close does nothing
    }

    assertThat(Files.readAllBytes(path)).isEqualTo(expected.toByteArray());
  }
}
