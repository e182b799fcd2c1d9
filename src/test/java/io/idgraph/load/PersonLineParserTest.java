package io.idgraph.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Domain;
import io.idgraph.normalize.IdentifierNormalizer;
import io.idgraph.privacy.Suppression;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a line means, read token by token: the same as when it was read as one tree. */
class PersonLineParserTest {
  private final PersonLineParser parser =
      new PersonLineParser(new IdentifierNormalizer(), Suppression.none());

  private ParsedPerson parse(String line) {
    return parser.parse(7, line);
  }

  private Map<String, Object> demographic(ParsedPerson p) {
    return p.write().person().attributes().get(Domain.DEMOGRAPHIC);
  }

  @Test
  void attributeValuesKeepTheirJsonTypeAndBadOnesRejectOnlyThemselves() {
    ParsedPerson p =
        parse(
            "{\"person_id\":1,\"attributes\":{\"demographic\":{\"age_range\":\"35-44\",\"kids\":2,"
                + "\"big\":123456789012345678901234567890,\"share\":0.5,\"owner\":true,"
                + "\"gone\":null,\"list\":[1,2],\"nested\":{\"a\":{\"b\":1}},\"renter\":false}},"
                + "\"emails\":[\"jane@example.com\"]}");

    assertThat(p.lineRejected()).isFalse();
    assertThat(demographic(p))
        .containsExactly(
            Map.entry("age_range", "35-44"),
            Map.entry("kids", 2L),
            Map.entry("big", 1.2345678901234568E29),
            Map.entry("share", 0.5),
            Map.entry("owner", true),
            Map.entry("renter", false));
    assertThat(p.rejects())
        .containsExactly(
            "attributes.demographic.gone: value must be a string, number or boolean",
            "attributes.demographic.list: value must be a string, number or boolean",
            "attributes.demographic.nested: value must be a string, number or boolean");
  }

  @Test
  void aRepeatedNameKeepsItsLastValueInItsFirstPlace() {
    ParsedPerson p =
        parse(
            "{\"attributes\":{\"astrology\":{}},\"person_id\":2,\"attributes\":{\"demographic\":"
                + "\"x\",\"demographic\":{\"a\":\"1\",\"b\":\"2\",\"a\":\"3\"}},"
                + "\"extra\":{\"deep\":[1,{\"x\":[]}]},\"emails\":[\"a@example.com\"]}");

    assertThat(p.rejects()).isEmpty();
    assertThat(demographic(p)).containsExactly(Map.entry("a", "3"), Map.entry("b", "2"));
  }

  @Test
  void lineLevelProblemsAreCheckedInTheSameOrderAsBefore() {
    assertThat(parse("{\"attributes\":{\"astrology\":{}}}").rejects())
        .containsExactly("person_id is missing; every line needs one");
    assertThat(parse("{\"person_id\":3,\"attributes\":{\"astrology\":{}}}").rejects().get(0))
        .startsWith("unknown domain 'astrology' in attributes; valid domains: ");
    assertThat(parse("{\"person_id\":3,\"attributes\":5}").rejects())
        .containsExactly("attributes must be an object keyed by domain");
    assertThat(parse("{\"person_id\":3,\"attributes\":{\"demographic\":[1]}}").rejects())
        .containsExactly("attributes.demographic must be an object of attribute values");
    assertThat(parse("{\"person_id\":3,\"attributes\":{\"email\":{}}}").rejects().get(0))
        .startsWith("domain 'email' comes from the identifier fields");
    ParsedPerson nullAttributes =
        parse("{\"person_id\":3,\"attributes\":null,\"emails\":[\"a@example.com\"]}");
    assertThat(nullAttributes.lineRejected()).isFalse();
    assertThat(nullAttributes.write().person().attributes()).isEmpty();
  }

  @Test
  void whatIsNotOneJsonObjectIsRejectedWithWhereItWentWrong() {
    assertThat(parse("[1]").rejects()).containsExactly("line is not a JSON object");
    assertThat(parse("\"text\"").rejects()).containsExactly("line is not a JSON object");
    assertThat(parse("[1,").rejects()).containsExactly("invalid JSON: syntax error at column 4");
    assertThat(parse("{\"person_id\":1} x").rejects())
        .containsExactly("invalid JSON: syntax error at column 17");
    assertThat(parse("{\"person_id\":1} {}").rejects())
        .containsExactly("invalid JSON: syntax error at column 17");
    assertThat(parse("{\"person_id\":1,\"attributes\":{\"demographic\":{\"a\":[1,}}}").rejects())
        .containsExactly("invalid JSON: syntax error at column 52");
    assertThat(parse("{not json").raw()).isEqualTo("{not json");
  }

  @Test
  void theColumnOfAnErrorCountsCharactersNotBytes() {
    // "José Müller" is 11 characters and 13 UTF-8 bytes: the bad token is character 37, byte 39
    assertThat(parse("{\"person_id\":1,\"name\":\"José Müller\",x}").rejects())
        .containsExactly("invalid JSON: syntax error at column 37");
  }
}
