package io.idgraph.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.IdgraphException;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScopeTest {
  @Test
  void parseList_namesAndSpaces() {
    assertThat(Scope.parseList(" resolve, EXPORT "))
        .containsExactlyInAnyOrder(Scope.RESOLVE, Scope.EXPORT);
  }

  @Test
  void parseList_unknownNameListsTheValidOnes() {
    assertThatThrownBy(() -> Scope.parseList("resolve,delete"))
        .isInstanceOf(IdgraphException.class)
        .hasMessage("unknown scope 'delete'; scopes are resolve,enrich,export,feedback,admin");
  }

  @Test
  void apiKey_withoutScopesHasTheDefault() {
    ApiKey old = new ApiKey("key_1", "n", "00", "2026-01-01T00:00:00Z");
    assertThat(old.scopeSet()).isEqualTo(Scope.DEFAULT).doesNotContain(Scope.ADMIN);
    ApiKey reader = new ApiKey("key_2", "r", "00", "2026-01-01T00:00:00Z", List.of("resolve"), 2.0);
    assertThat(reader.caller().scopes()).isEqualTo(EnumSet.of(Scope.RESOLVE));
  }
}
