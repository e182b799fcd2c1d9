package io.idgraph.mcp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.Domain;
import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PersonArgumentsTest {
  private static PersonArguments.Parsed parse(Map<String, Object> args) {
    return PersonArguments.parse(Arguments.of(args));
  }

  @Test
  void parse_idsAsStringsOrIntegers() {
    PersonArguments.Parsed parsed =
        parse(
            Map.of(
                "person_ids",
                List.of("12345", 12346, 9007199254740993L),
                "domains",
                List.of("demographic", "EMAIL", "demographic")));
    assertThat(parsed.personIds()).containsExactly("12345", "12346", "9007199254740993");
    assertThat(parsed.domains()).containsExactly(Domain.DEMOGRAPHIC, Domain.EMAIL);
  }

  @Test
  void parse_unknownDomainListsValidOnes() {
    assertThatThrownBy(
            () -> parse(Map.of("person_ids", List.of("1"), "domains", List.of("demographics"))))
        .isInstanceOf(IdgraphException.class)
        .hasMessage("unknown domain 'demographics'; valid domains: " + Domain.validNames());
  }

  @Test
  void parse_moreThan1000Ids() {
    List<Object> ids = new ArrayList<>(LongStream.rangeClosed(1, 1001).boxed().toList());
    assertThatThrownBy(() -> parse(Map.of("person_ids", ids, "domains", List.of("name"))))
        .hasMessageStartingWith("Maximum 1000 person IDs allowed per request");
  }

  @Test
  void parse_missingOrBadArguments() {
    assertThatThrownBy(() -> parse(Map.of("domains", List.of("name"))))
        .hasMessageStartingWith("person_ids is required");
    assertThatThrownBy(() -> parse(Map.of("person_ids", List.of("1"))))
        .hasMessageStartingWith("domains is required");
    assertThatThrownBy(() -> parse(Map.of("person_ids", List.of(true), "domains", List.of("name"))))
        .hasMessage("person_ids[0] must be a string or an integer, got a boolean");
    assertThatThrownBy(() -> parse(Map.of("person_ids", List.of(1.5), "domains", List.of("name"))))
        .hasMessage("person_ids[0] must be a string or an integer, got a number");
    assertThatThrownBy(() -> parse(Map.of("person_id", "1", "domains", List.of("name"))))
        .hasMessageStartingWith("unknown argument 'person_id'; the ids go in person_ids");
    assertThatThrownBy(() -> parse(Map.of("person_ids", List.of(), "domains", List.of("name"))))
        .hasMessage("person_ids must hold at least one id");
  }
}
