package io.idgraph.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.files.DataDir;
import io.idgraph.graph.IdType;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two processes' views of one data dir: what one appends, the other sees on its next check. */
class DataDirStateTest {
  @TempDir Path root;

  @Test
  void hidden_changesReachAnotherInstance() {
    PrivacyState writer = PrivacyState.at(new DataDir(root));
    PrivacyState reader = PrivacyState.at(new DataDir(root));
    assertThat(reader.hidden().isHidden(7)).isFalse();
    writer.hidden().optOut(List.of(7L, 8L));
    assertThat(reader.hidden().isHidden(7)).isTrue();
    writer.hidden().optIn(List.of(7L));
    assertThat(reader.hidden().hiddenAmong(new long[] {7, 8, 9})).containsExactly(8L);
    writer.hidden().markDeleted(List.of(9L));
    writer.hidden().optIn(List.of(9L));
    assertThat(reader.hidden().isHidden(9)).as("an opt-in never undoes a deletion").isTrue();
  }

  @Test
  void hmac_isKeyedPerDataDirAndStable() {
    PrivacyState a = PrivacyState.at(new DataDir(root.resolve("a")));
    PrivacyState a2 = PrivacyState.at(new DataDir(root.resolve("a")));
    PrivacyState b = PrivacyState.at(new DataDir(root.resolve("b")));
    String h = a.hmac().of(IdType.EMAIL, "johndoe@gmail.com");
    assertThat(a2.hmac().of(IdType.EMAIL, "johndoe@gmail.com")).isEqualTo(h);
    assertThat(b.hmac().of(IdType.EMAIL, "johndoe@gmail.com")).isNotEqualTo(h);
    assertThat(h).doesNotContain("johndoe");
  }

  @Test
  void suppression_addedEntriesAndHitsAreShared() {
    PrivacyState writer = PrivacyState.at(new DataDir(root));
    String h = writer.hmac().ofPerson(42);
    writer.suppression().addAll(List.of(h, h));
    PrivacyState reader = PrivacyState.at(new DataDir(root));
    assertThat(reader.suppression().contains(h)).isTrue();
    assertThat(reader.suppression().size()).isEqualTo(1);
    Suppression check = reader.suppressionCheck();
    assertThat(check.isSuppressedPerson(42)).isTrue();
    assertThat(check.isSuppressedPerson(43)).isFalse();
    check.flushHits();
    assertThat(writer.suppression().hits()).isEqualTo(1);
  }
}
