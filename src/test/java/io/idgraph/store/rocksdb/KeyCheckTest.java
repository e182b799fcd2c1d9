package io.idgraph.store.rocksdb;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KeyCheckTest {
  private static final long K0 = 0x0706050403020100L;
  private static final long K1 = 0x0f0e0d0c0b0a0908L;

  /** The reference vectors of the SipHash paper: key 00..0f, message 00..n-1. */
  @Test
  void sipHashGivesTheReferenceVectors() {
    byte[] message = new byte[20];
    for (int i = 0; i < message.length; i++) {
      message[i] = (byte) i;
    }
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 0)).isEqualTo(0x726fdb47dd0e0e31L);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 1)).isEqualTo(0x74f839c593dc67fdL);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 2)).isEqualTo(0x0d6c8009d9a94f5aL);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 3)).isEqualTo(0x85676696d7fb7e2dL);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 4)).isEqualTo(0xcf2794e0277187b7L);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 8)).isEqualTo(0x93f5f5799a932462L);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 15)).isEqualTo(0xa129ca6149be45e5L);
    assertThat(KeyCheck.sipHash24(K0, K1, message, 0, 16)).isEqualTo(0x3f2acc7f57c29bdbL);
  }

  @Test
  void readsFromTheOffsetOnly() {
    byte[] shifted = new byte[24];
    for (int i = 0; i < 16; i++) {
      shifted[i + 5] = (byte) i;
    }
    shifted[0] = 99;
    shifted[23] = 99;
    assertThat(KeyCheck.sipHash24(K0, K1, shifted, 5, 16)).isEqualTo(0x3f2acc7f57c29bdbL);
  }

  @Test
  void theCheckOfAnIndexKeySkipsItsFingerprint() {
    byte[] key = {1, 2, 3, 4, 5, 6, 7, 8, 42, 'a', 'b'};
    byte[] otherFingerprint = {9, 9, 9, 9, 9, 9, 9, 9, 42, 'a', 'b'};
    byte[] otherKey = {1, 2, 3, 4, 5, 6, 7, 8, 42, 'a', 'c'};
    assertThat(KeyCheck.ofIndexKey(key))
        .isEqualTo(KeyCheck.ofIndexKey(otherFingerprint))
        .isNotEqualTo(KeyCheck.ofIndexKey(otherKey));
  }
}
