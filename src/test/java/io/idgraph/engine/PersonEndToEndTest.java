package io.idgraph.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.Domain;
import io.idgraph.graph.IdgraphException;
import io.idgraph.profile.PersonResult;
import io.idgraph.profile.Profile;
import io.idgraph.profile.ProfileService;
import io.idgraph.store.IdentityStore;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed document's get_person examples, through the real loader, store and profile service. */
class PersonEndToEndTest {
  @TempDir static Path dir;
  static IdentityStore store;
  static ProfileService profiles;

  @BeforeAll
  static void load() throws Exception {
    store = SeedGraph.load(dir, "seed.jsonl");
    profiles = new ProfileService(store);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void getPersons_seedExample_sixDomains() {
    PersonResult r =
        profiles.getPersons(
            List.of("12345", "12346"),
            List.of(
                Domain.DEMOGRAPHIC,
                Domain.INTEREST,
                Domain.AFFINITY,
                Domain.LIFESTYLE,
                Domain.HOUSEHOLD,
                Domain.FINANCIAL));
    assertThat(r.notFound()).isEmpty();
    assertThat(r.profiles()).extracting(Profile::personId).containsExactly("12345", "12346");
    Profile jane = r.profiles().get(0);
    assertThat(jane.metadata().qualityScore()).isEqualTo(0.92);
    assertThat(jane.metadata().lastModified()).isEqualTo("2025-01-15T10:30:00Z");
    assertThat(jane.domains())
        .containsEntry("age_range", "35-44")
        .containsEntry("household_income_range", "$100K-$150K")
        .containsEntry("health_affinity", "High")
        .containsEntry("number_children_in_household", "2")
        .containsEntry("household_net_worth_range", "$250K-$500K")
        .hasSize(14);
    assertThat(r.profiles().get(1).domains())
        .containsEntry("interested_golf", "Yes")
        .containsEntry("is_investor", "Yes")
        .doesNotContainKey("number_children_in_household");
  }

  @Test
  void getPersons_contactAppending_numberedHighestQualityFirst() {
    PersonResult r =
        profiles.getPersons(
            List.of("12345"), List.of(Domain.EMAIL, Domain.PHONE, Domain.ADDRESS, Domain.NAME));
    assertThat(r.profiles().get(0).domains())
        .containsExactly(
            Map.entry("email1", "customer1@example.com"),
            Map.entry("email2", "alt1@example.com"),
            Map.entry("phone1", "5551234567"),
            Map.entry("phone2", "5559999999"),
            Map.entry("first_name", "Jane"),
            Map.entry("last_name", "Smith"));
  }

  @Test
  void getPersons_unknownAndMalformedIdsInNotFound_inRequestOrder() {
    PersonResult r =
        profiles.getPersons(
            List.of("999", "12345", "abc", " 12346 ", "12345"), List.of(Domain.NAME));
    assertThat(r.profiles()).extracting(Profile::personId).containsExactly("12345", "12346");
    assertThat(r.notFound()).containsExactly("999", "abc");
  }

  @Test
  void getPersons_personWithoutDataForDomains_hasEmptyDomains() {
    PersonResult r = profiles.getPersons(List.of("20003"), List.of(Domain.POLITICAL));
    assertThat(r.profiles().get(0).domains()).isEmpty();
    assertThat(r.profiles().get(0).metadata().qualityScore()).isNull();
  }

  @Test
  void getPersons_over1000Ids_isTheOriginalServicesError() {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= 1001; i++) {
      ids.add(Integer.toString(i));
    }
    assertThatThrownBy(() -> profiles.getPersons(ids, List.of(Domain.DEMOGRAPHIC)))
        .isInstanceOf(IdgraphException.class)
        .hasMessageStartingWith("Maximum 1000 person IDs allowed per request");
  }
}
