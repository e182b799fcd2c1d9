package io.idgraph.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HashedValueTest {
  private static final String MD5 = "5d41402abc4b2a76b9719d911017c592";
  private static final String SHA1 = "aaf4c61ddcc5e8a2dabede0f3b482cd9aea9434d";
  private static final String SHA256 =
      "2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824";

  @ParameterizedTest
  @CsvSource({
    "MD5, " + MD5,
    "MD5, ' 5D41402ABC4B2A76B9719D911017C592 '",
    "SHA1, " + SHA1,
    "SHA1, AAF4C61DDCC5E8A2DABEDE0F3B482CD9AEA9434D",
    "SHA256, " + SHA256,
    "SHA256, 2CF24DBA5FB0A30E26E83B2AC5B9E29E1B161E5C1FA7425E73043362938B9824",
  })
  void normalize_eitherCaseGivesLowercaseHex(HashType hash, String raw) {
    NormalizeResult result = HashedValue.normalize(IdType.EMAIL, hash, raw);
    String expected = raw.trim().toLowerCase(java.util.Locale.ROOT);
    assertThat(result.value())
        .isEqualTo(new NormalizedIdentifier(IdType.EMAIL, expected, expected, List.of(), null));
  }

  /** UID2 and many ad-tech files carry the digest bytes in Base64 rather than hex. */
  @ParameterizedTest
  @CsvSource({
    "SHA256, LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=, " + SHA256,
    "SHA256, LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ, " + SHA256,
    "SHA256, LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ, " + SHA256,
    "SHA256, ' LPJNul-wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ= ', " + SHA256,
    "MD5, XUFAKrxLKna5cZ2REBfFkg==, " + MD5,
    "MD5, XUFAKrxLKna5cZ2REBfFkg, " + MD5,
    "SHA1, qvTGHdzF6KLavt4PO0gs2a6pQ00=, " + SHA1,
  })
  void normalize_base64GivesLowercaseHex(HashType hash, String raw, String hex) {
    NormalizeResult result = HashedValue.normalize(IdType.EMAIL, hash, raw);
    assertThat(result.value())
        .isEqualTo(new NormalizedIdentifier(IdType.EMAIL, hex, hex, List.of(), null));
  }

  @ParameterizedTest
  @CsvSource({
    "MD5, " + SHA1 + ", WRONG_MD5_LENGTH",
    "MD5, " + SHA256 + ", WRONG_MD5_LENGTH",
    "SHA1, " + MD5 + ", WRONG_SHA1_LENGTH",
    "SHA256, " + SHA1 + ", WRONG_SHA256_LENGTH",
    "SHA256, " + MD5 + "0, WRONG_SHA256_LENGTH",
    "MD5, 0x5d41402abc4b2a76b9719d911017c592, NOT_HEX",
    "MD5, 5d41402abc4b2a76b9719d911017c59g, NOT_HEX",
    "SHA256, XUFAKrxLKna5cZ2REBfFkg==, WRONG_SHA256_LENGTH",
    "MD5, LPJNul+wow4m6DsqxbninhsWHlwfp0JecwQzYpOLmCQ=, WRONG_MD5_LENGTH",
    "SHA256, LPJNul+wow4m6Dsqxbninhs_Hlwfp0JecwQzYpOLmCQ=, NOT_HEX",
    "SHA1, jane@example.com, NOT_HEX",
    "SHA1, '', EMPTY",
  })
  void normalize_invalidGivesTypedReason(HashType hash, String raw, NormalizeFailure expected) {
    assertThat(HashedValue.normalize(IdType.PHONE, hash, raw).failure()).isEqualTo(expected);
  }
}
