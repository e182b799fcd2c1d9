package io.idgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputColumnsTest {
  @Test
  void of_inputThenResultThenAttributesInCatalogOrder() {
    OutputColumns c = OutputColumns.of(List.of("id", "mail"), List.of(Domain.NAME, Domain.EMAIL));
    assertThat(c.header())
        .containsExactly(
            "id",
            "mail",
            "idgraph_person_id",
            "idgraph_match_score",
            "idgraph_matched_on",
            "idgraph_note",
            "first_name",
            "last_name",
            "email1",
            "email2",
            "email3");
  }

  @Test
  void of_collidingNames_getThePrefix() {
    OutputColumns c =
        OutputColumns.of(
            List.of("email1", "idgraph_person_id", "idgraph_idgraph_person_id"),
            List.of(Domain.EMAIL));
    assertThat(c.header().subList(3, c.header().size()))
        .containsExactly(
            "idgraph_idgraph_idgraph_person_id",
            "idgraph_match_score",
            "idgraph_matched_on",
            "idgraph_note",
            "idgraph_email1",
            "email2",
            "email3");
    assertThat(c.attributes()).containsExactly("email1", "email2", "email3");
  }

  @Test
  void of_demographic_followsTheCatalog() {
    assertThat(OutputColumns.of(List.of("e"), List.of(Domain.DEMOGRAPHIC)).attributes())
        .startsWith("age_range", "birth_year", "generation", "gender");
  }
}
