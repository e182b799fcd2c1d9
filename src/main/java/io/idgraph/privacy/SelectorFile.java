package io.idgraph.privacy;

import io.idgraph.csv.CsvReader;
import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a selector file: CSV with {@code type,value} per record (type one of email, phone, address,
 * maid, person), an optional {@code type,value} header first. Bounded: at most {@value
 * #MAX_SELECTORS} records of at most 4 KiB a field; a bad record is an error naming its line, and
 * nothing is applied.
 */
public final class SelectorFile {
  public static final int MAX_SELECTORS = 1_000_000;
  private static final int MAX_FIELD = 4096;

  private SelectorFile() {}

  public static List<Selector> read(Path file) {
    List<Selector> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file);
        CsvReader csv = new CsvReader(in, MAX_FIELD)) {
      CsvRecord record;
      while ((record = csv.next()) != null) {
        List<String> fields = record.fields();
        if (out.isEmpty()
            && fields.size() == 2
            && fields.get(0).trim().equalsIgnoreCase("type")
            && fields.get(1).trim().equalsIgnoreCase("value")) {
          continue;
        }
        if (fields.size() != 2) {
          throw IdgraphException.invalid(
              file.getFileName()
                  + " line "
                  + record.line()
                  + ": a selector record is type,value; got "
                  + fields.size()
                  + " fields");
        }
        long line = record.line();
        out.add(
            Selector.of(fields.get(0), fields.get(1))
                .orElseThrow(
                    () ->
                        IdgraphException.invalid(
                            file.getFileName()
                                + " line "
                                + line
                                + ": type must be email, phone, address, maid or person")));
        if (out.size() > MAX_SELECTORS) {
          throw IdgraphException.invalid(
              file.getFileName() + " holds more than " + MAX_SELECTORS + " selectors; split it");
        }
      }
    } catch (NoSuchFileException e) {
      throw new IdgraphException(ErrorCode.IO, "no such file: " + file);
    } catch (IOException e) {
      throw new IdgraphException(ErrorCode.IO, "cannot read " + file + ": " + e.getMessage(), e);
    }
    return out;
  }
}
