package io.idgraph.profile;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Contact;
import io.idgraph.graph.Domain;
import io.idgraph.graph.PersonRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProfileAssemblerTest {
  private static PersonRecord person() {
    Map<String, Object> demographic = new LinkedHashMap<>();
    demographic.put("age_range", "35-44");
    demographic.put("gender", "Female");
    Map<String, Object> household = new LinkedHashMap<>();
    household.put("number_children_in_household", 2L);
    household.put("is_home_owner", true);
    return new PersonRecord(
        12345,
        0.92,
        "2025-01-15T10:30:00Z",
        "Jane",
        "Smith",
        List.of(
            Contact.of("a@example.com", 0.95),
            Contact.of("b@example.com", 0.9),
            Contact.of("c@example.com", 0.8),
            Contact.of("d@example.com", 0.7)),
        List.of(Contact.of("5551234567", 0.85)),
        List.of(),
        List.of(),
        Map.of(Domain.DEMOGRAPHIC, demographic, Domain.HOUSEHOLD, household));
  }

  @Test
  void assemble_contactsNumberedAtMostThree() {
    Profile p =
        ProfileAssembler.assemble(person(), List.of(Domain.EMAIL, Domain.PHONE, Domain.NAME));
    assertThat(p.domains())
        .containsExactly(
            Map.entry("email1", "a@example.com"),
            Map.entry("email2", "b@example.com"),
            Map.entry("email3", "c@example.com"),
            Map.entry("phone1", "5551234567"),
            Map.entry("first_name", "Jane"),
            Map.entry("last_name", "Smith"));
  }

  @Test
  void assemble_attributesKeepTypes_missingDomainsOmitted() {
    Profile p =
        ProfileAssembler.assemble(
            person(),
            List.of(Domain.DEMOGRAPHIC, Domain.HOUSEHOLD, Domain.INTEREST, Domain.ADDRESS));
    assertThat(p.personId()).isEqualTo("12345");
    assertThat(p.metadata()).isEqualTo(new ProfileMetadata(0.92, "2025-01-15T10:30:00Z"));
    assertThat(p.domains())
        .containsExactly(
            Map.entry("age_range", "35-44"),
            Map.entry("gender", "Female"),
            Map.entry("number_children_in_household", 2L),
            Map.entry("is_home_owner", true));
  }

  @Test
  void assemble_noDataGivesEmptyMap() {
    Profile p = ProfileAssembler.assemble(person(), List.of(Domain.POLITICAL));
    assertThat(p.domains()).isEmpty();
  }
}
