package io.idgraph.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.csv.CsvRecord;
import io.idgraph.graph.HashType;
import io.idgraph.graph.IdType;
import io.idgraph.graph.IdgraphException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ColumnGuesserTest {
  static final String SHA256 = "a".repeat(64);
  static final String MD5 = "0123456789abcdef0123456789ABCDEF";

  static List<CsvRecord> rows(List<String>... rows) {
    List<CsvRecord> out = new ArrayList<>();
    for (int i = 0; i < rows.length; i++) {
      out.add(new CsvRecord(i + 2, rows[i]));
    }
    return out;
  }

  static List<String> described(List<String> header, List<CsvRecord> sample) {
    return ColumnGuesser.bind(header, List.of(), sample).stream()
        .map(ColumnBinding::describe)
        .toList();
  }

  @ParameterizedTest
  @CsvSource({
    "email, email",
    "E-mail, email",
    "email_address, email",
    "Email Address, email",
    "phone, phone",
    "phone_number, phone",
    "Mobile, phone",
    "cell, phone",
    "tel, phone",
    "Telephone, phone",
    "maid, maid",
    "IDFA, maid",
    "gaid, maid",
    "aaid, maid",
    "adid, maid",
  })
  void bind_guessesCommonHeaderNames(String name, String type) {
    List<ColumnBinding> b = ColumnGuesser.bind(List.of("id", name), List.of(), List.of());
    assertThat(b)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.type().wireName()).isEqualTo(type);
              assertThat(x.names()).containsExactly(name);
              assertThat(x.hash()).isEqualTo(HashType.PLAINTEXT);
              assertThat(x.guessed()).isTrue();
            });
  }

  @ParameterizedTest
  @CsvSource({
    "email_sha256, SHA256",
    "sha256_email, SHA256",
    "EmailMD5, MD5",
    "email_sha1, SHA1",
    "phone_sha256, SHA256",
    "maid_md5, MD5",
  })
  void bind_hashFromTheName(String name, HashType hash) {
    assertThat(ColumnGuesser.bind(List.of(name), List.of(), List.of()))
        .singleElement()
        .extracting(ColumnBinding::hash)
        .isEqualTo(hash);
  }

  @Test
  void bind_hashFromTheValues() {
    assertThat(
            described(
                List.of("email", "hashed_phone"), rows(List.of(SHA256, MD5), List.of(SHA256, ""))))
        .containsExactly("email <- 'email' (sha256)", "phone <- 'hashed_phone' (md5)");
  }

  /** UID2 files name their columns email_hash and phone_hash and hold Base64 sha256. */
  @Test
  void bind_base64DigestsAreHashes() {
    assertThat(
            described(
                List.of("email_hash", "phone_hash"),
                rows(
                    List.of(
                        "tMmiiTI7IaAcPpQPFQ65uMVCWH8av9jw4cwf/F5HVRQ=",
                        "EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4="),
                    List.of(
                        "ku4mBX7Z3qJTXWyLFB1INzkyR2WZGW4ANSJUiW21iI8",
                        "EObwtHBUqDNZR33LNSMdtt5cafsYFuGmuY4ZLenlue4="))))
        .containsExactly("email <- 'email_hash' (sha256)", "phone <- 'phone_hash' (sha256)");
  }

  @Test
  void bind_emailNamedColumnWithoutEmails_isNotGuessed() {
    assertThat(
            described(
                List.of("email_opt_in", "mobile"),
                rows(List.of("yes", "415 555 0142"), List.of("no", ""))))
        .containsExactly("phone <- 'mobile'");
  }

  @Test
  void bind_maidenNameIsNotAMaid() {
    assertThatThrownBy(() -> ColumnGuesser.bind(List.of("maiden_name"), List.of(), List.of()))
        .isInstanceOf(IdgraphException.class);
  }

  @Test
  void bind_separateAddressColumns_areJoined() {
    List<String> header = List.of("Street", "Apt", "City", "State", "Zip", "name");
    List<ColumnBinding> b =
        ColumnGuesser.bind(
            header, List.of(), rows(List.of("1 Main St", "", "Tulsa", "OK", "74108", "x")));
    assertThat(b)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.describe())
                  .isEqualTo("address <- 'Street' + 'Apt' + 'City' + 'State' + 'Zip'");
              assertThat(x.value(List.of("1 Main St", "", "Tulsa", "OK", "74108", "x")))
                  .isEqualTo("1 Main St, Tulsa, OK 74108");
            });
  }

  @Test
  void bind_fullAddressBesideCityColumns_isNotJoined() {
    List<String> header = List.of("address", "city", "zip");
    List<String> row = List.of("1 Main St, Tulsa, OK 74108", "Tulsa", "74108");
    assertThat(described(header, rows(row))).containsExactly("address <- 'address'");
  }

  @Test
  void bind_noIdentifierColumn_saysWhichFlagsToPass() {
    assertThatThrownBy(() -> ColumnGuesser.bind(List.of("id", "name"), List.of(), List.of()))
        .hasMessage(
            "no identifier column found in the csv header; name one with --email-column,"
                + " --phone-column, --address-column or --maid-column (columns: id, name)");
  }

  @Test
  void bind_namedColumnMissing_listsTheHeader() {
    assertThatThrownBy(
            () ->
                ColumnGuesser.bind(
                    List.of("id", "mail"),
                    List.of(LookupColumn.of(IdType.EMAIL, "email")),
                    List.of()))
        .isInstanceOf(IdgraphException.class)
        .hasMessage(
            "column 'email' given for email is not in the csv header; the columns are: id, mail");
  }

  @Test
  void bind_namedColumn_matchesIgnoringCaseAndDetectsHash() {
    List<ColumnBinding> b =
        ColumnGuesser.bind(
            List.of("id", " Contact "),
            List.of(LookupColumn.of(IdType.EMAIL, "contact")),
            rows(List.of("1", SHA256)));
    assertThat(b)
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.indexes()).containsExactly(1);
              assertThat(x.hash()).isEqualTo(HashType.SHA256);
            });
  }

  @Test
  void bind_namedMaid_isNotSniffedAsAHash() {
    List<ColumnBinding> b =
        ColumnGuesser.bind(
            List.of("device"), List.of(LookupColumn.of(IdType.MAID, "device")), rows(List.of(MD5)));
    assertThat(b).singleElement().extracting(ColumnBinding::hash).isEqualTo(HashType.PLAINTEXT);
  }

  @Test
  void bind_namedAddressColumns_areJoinedInOrder() {
    List<ColumnBinding> b =
        ColumnGuesser.bind(
            List.of("s", "c", "st", "z"),
            List.of(new LookupColumn(IdType.ADDRESS, List.of("s", "c", "st", "z"), null)),
            List.of());
    assertThat(b.get(0).value(List.of("9 Elm Rd", "Austin", "TX", "78701-1234")))
        .isEqualTo("9 Elm Rd, Austin, TX 78701-1234");
  }
}
