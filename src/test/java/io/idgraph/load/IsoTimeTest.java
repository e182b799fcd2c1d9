package io.idgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand check of a last_modified time accepts exactly what the full parser accepts. */
class IsoTimeTest {
  @Test
  void theUsualFormIsCheckedDayByDayAndOtherFormsGoToTheFullParser() {
    List<String> valid =
        List.of(
            "2025-01-15T10:30:00Z",
            "2024-02-29T23:59:59Z",
            "2025-01-15T10:30:00.123Z",
            "2025-01-15T10:30+02:00");
    List<String> invalid =
        List.of(
            "2023-02-29T10:30:00Z",
            "2025-04-31T10:30:00Z",
            "2025-13-01T10:30:00Z",
            "2025-00-15T10:30:00Z",
            "2025-01-15T24:00:00Z",
            "2025-01-15T10:60:00Z",
            "2025-01-15T10:30:60Z",
            "2025-01-15T10:30:00",
            "2025-01-15 10:30:00Z",
            "");
    valid.forEach(text -> assertThat(IsoTime.isValid(text)).as(text).isTrue());
    invalid.forEach(text -> assertThat(IsoTime.isValid(text)).as(text).isFalse());
  }

  @Test
  void agreesWithTheFullParserOnEveryDateOfFourYearsAndOnRandomTimes() {
    Random random = new Random(7);
    List<String> centuries = List.of("1900", "2000", "2023", "2024", "2100", "0000", "9999");
    for (String year : centuries) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String text =
              String.format(
                  "%s-%02d-%02dT%02d:%02d:%02dZ",
                  year, month, day, random.nextInt(26), random.nextInt(62), random.nextInt(62));
          assertThat(IsoTime.isValid(text)).as(text).isEqualTo(parses(text));
        }
      }
    }
  }

  private static boolean parses(String text) {
    try {
      OffsetDateTime.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
