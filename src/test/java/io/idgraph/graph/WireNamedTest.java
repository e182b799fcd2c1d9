package io.idgraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.export.ArtifactKind;
import io.idgraph.export.ExportFormat;
import org.junit.jupiter.api.Test;

/** How each wire-named enum reads a name: what a caller typed, or a stored name exactly. */
class WireNamedTest {
  @Test
  void fromWire_typedNames_trimmedInAnyCase() {
    assertThat(IdType.fromWire(" Email ")).contains(IdType.EMAIL);
    assertThat(Domain.fromWire("INTENT_TOPIC")).contains(Domain.INTENT_TOPIC);
    assertThat(ExportFormat.fromWire(" JSONL")).contains(ExportFormat.JSONL);
    assertThat(HashType.fromWire("SHA-256")).contains(HashType.SHA256);
    assertThat(HashType.fromWire("sha1")).contains(HashType.SHA1);
  }

  @Test
  void fromWire_storedNames_exactOnly() {
    assertThat(ArtifactKind.fromWire("uploads")).contains(ArtifactKind.UPLOADS);
    assertThat(ArtifactKind.fromWire("UPLOADS")).isEmpty();
    assertThat(AttributeType.fromWire("integer")).contains(AttributeType.INTEGER);
    assertThat(AttributeType.fromWire(" integer")).isEmpty();
  }

  @Test
  void fromWire_nullOrUnknown_isEmpty() {
    assertThat(IdType.fromWire(null)).isEmpty();
    assertThat(HashType.fromWire(null)).isEmpty();
    assertThat(ArtifactKind.fromWire(null)).isEmpty();
    assertThat(AttributeType.fromWire(null)).isEmpty();
    assertThat(Domain.fromWire("emails")).isEmpty();
    assertThat(ExportFormat.fromWire("xml")).isEmpty();
  }
}
