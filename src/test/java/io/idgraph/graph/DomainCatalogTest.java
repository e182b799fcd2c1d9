package io.idgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class DomainCatalogTest {
  private final DomainCatalog catalog = DomainCatalog.shared();

  @ParameterizedTest
  @EnumSource(Domain.class)
  void attributes_everyDomainHasDescriptionAndAttributes(Domain domain) {
    assertThat(catalog.description(domain)).isNotBlank();
    assertThat(catalog.attributes(domain)).isNotEmpty().allMatch(a -> a.domain() == domain);
  }

  @Test
  void attributes_demographicInCatalogOrder() {
    List<String> names =
        catalog.attributes(Domain.DEMOGRAPHIC).stream().map(CatalogAttribute::name).toList();

    assertThat(names).startsWith("age_range", "birth_year", "generation", "gender", "education");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "age_range",
        "gender",
        "education",
        "household_income_range",
        "marital_status",
        "interested_fitness",
        "interested_golf",
        "interested_cooking",
        "interested_healthy_living",
        "health_affinity",
        "auto_affinity",
        "family_affinity",
        "is_health_conscious",
        "is_pet_owner",
        "is_home_owner",
        "is_investor",
        "number_children_in_household",
        "number_adults_in_household",
        "household_net_worth_range",
        "credit_rating_range",
        "owns_investments",
        "purchased_clothing",
        "purchased_books",
        "apparel_purchases_total_spend",
        "occupation_category",
        "political_party_affiliation",
        "donated_political_cause_recently"
      })
  void isKnown_everyAttributeTheSeedNames(String name) {
    assertThat(catalog.isKnown(name)).isTrue();
  }

  @Test
  void values_seedValueSets() {
    assertThat(catalog.values("age_range"))
        .containsExactly("18-24", "25-34", "35-44", "45-54", "55-64", "65+");
    assertThat(catalog.values("education"))
        .containsExactly("High School", "Some College", "Bachelor Degree", "Graduate Degree");
    assertThat(catalog.values("household_income_range")).contains("$100K-$150K", "$150K+");
    assertThat(catalog.values("household_net_worth_range")).contains("$250K-$500K", "$500K+");
    assertThat(catalog.values("health_affinity")).containsExactly("Low", "Medium", "High");
    assertThat(catalog.values("interested_golf")).containsExactly("Yes");
    assertThat(catalog.values("number_children_in_household")).contains("0", "2", "5+");
  }

  @Test
  void values_nonEnumerableOrUnknown_empty() {
    assertThat(catalog.values("birth_year")).isEmpty();
    assertThat(catalog.values("email1")).isEmpty();
    assertThat(catalog.values("no_such_attribute")).isEmpty();
  }

  @Test
  void attribute_typesAndRanges() {
    CatalogAttribute birthYear = catalog.attribute("birth_year").orElseThrow();
    assertThat(birthYear.type()).isEqualTo(AttributeType.INTEGER);
    assertThat(birthYear.minimum()).isNotNull();
    assertThat(birthYear.maximum()).isGreaterThan(birthYear.minimum());
    assertThat(catalog.attribute("has_verified_email").orElseThrow().type())
        .isEqualTo(AttributeType.BOOLEAN);
    assertThat(catalog.attribute("avg_daily_screen_hours").orElseThrow().type())
        .isEqualTo(AttributeType.NUMBER);
  }

  @Test
  void isKnown_checksDomain() {
    assertThat(catalog.isKnown(Domain.DEMOGRAPHIC, "age_range")).isTrue();
    assertThat(catalog.isKnown(Domain.INTEREST, "age_range")).isFalse();
    assertThat(catalog.isKnown("no_such_attribute")).isFalse();
    assertThat(catalog.isKnown(null)).isFalse();
  }

  @Test
  void attributes_contactDomainsListOutputFields() {
    assertThat(names(Domain.EMAIL)).containsExactly("email1", "email2", "email3");
    assertThat(names(Domain.PHONE)).containsExactly("phone1", "phone2", "phone3");
    assertThat(names(Domain.ADDRESS)).containsExactly("address1", "address2", "address3");
    assertThat(names(Domain.MAID)).containsExactly("maid1", "maid2", "maid3");
    assertThat(names(Domain.NAME)).containsExactly("first_name", "last_name");
    for (Domain domain : Domain.values()) {
      if (domain.isContact()) {
        assertThat(catalog.note(domain)).get().asString().contains("not from");
      }
    }
  }

  @Test
  void allAttributes_namesUniqueAcrossDomains() {
    List<String> names = catalog.allAttributes().stream().map(CatalogAttribute::name).toList();

    assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThan(150);
    assertThat(catalog.attributes(Domain.INTEREST)).hasSizeGreaterThanOrEqualTo(20);
  }

  @Test
  void rawJson_parsesAndListsEighteenDomains() {
    JsonNode root = Json.MAPPER.readTree(catalog.rawJson());

    assertThat(root.get("domains").size()).isEqualTo(18);
    assertThat(catalog.version()).isEqualTo(1);
  }

  @Test
  void parse_missingDomain_fails() {
    String json =
        "{\"catalog_version\":1,\"domains\":[{\"name\":\"address\",\"description\":\"d\","
            + "\"contact\":true,\"attributes\":[]}]}";

    assertThatThrownBy(() -> DomainCatalog.parse(json))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("catalog must describe domain");
  }

  @Test
  void parse_unknownDomain_fails() {
    String json =
        "{\"catalog_version\":1,\"domains\":[{\"name\":\"hobby\",\"description\":\"d\","
            + "\"contact\":false,\"attributes\":[]}]}";

    assertThatThrownBy(() -> DomainCatalog.parse(json))
        .hasMessageContaining("unknown domain hobby");
  }

  private List<String> names(Domain domain) {
    return catalog.attributes(domain).stream().map(CatalogAttribute::name).toList();
  }
}
