package io.idgraph.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.idgraph.graph.ErrorCode;
import io.idgraph.graph.IdgraphException;
import io.idgraph.store.cassandra.CassandraUri;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoreUriTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "rocksdb:"})
  void parse_blankOrRocksdbIsTheEmbeddedStore(String text) {
    assertThat(StoreUri.parse(text).isCluster()).isFalse();
    assertThat(StoreUri.parse(null).toString()).isEqualTo("rocksdb:");
  }

  @org.junit.jupiter.api.Test
  void parse_clusterUriWithEverySetting() {
    CassandraUri c =
        StoreUri.parse("cassandra://10.0.0.1,db2:9142/Graph?dc=east&rf=5&consistency=quorum")
            .cluster();

    assertThat(c.hostList()).isEqualTo("10.0.0.1:9042,db2:9142");
    assertThat(c.keyspace()).isEqualTo("graph");
    assertThat(c.datacenter()).isEqualTo("east");
    assertThat(c.replicationFactor()).isEqualTo(5);
    assertThat(c.consistency()).isEqualTo("QUORUM");
  }

  @org.junit.jupiter.api.Test
  void parse_clusterDefaults() {
    CassandraUri c = StoreUri.parse("cassandra://127.0.0.1/idgraph").cluster();

    assertThat(c.datacenter()).isEqualTo("datacenter1");
    assertThat(c.replicationFactor()).isEqualTo(3);
    assertThat(c.consistency()).isEqualTo("LOCAL_QUORUM");
    assertThat(c.withKeyspace("other").keyspace()).isEqualTo("other");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "mysql://h/x | must be rocksdb: or cassandra://",
        "cassandra://h1 | names no keyspace",
        "cassandra:///ks | names no host",
        "cassandra://h:99999/ks | a port must be a number from 1 to 65535",
        "cassandra://h/1ks | the keyspace must be a letter",
        "cassandra://h/ks?rf=0 | rf must be a number from 1 to 15",
        "cassandra://h/ks?consistency=most | consistency must be one of",
        "cassandra://h/ks?replicas=3 | unknown parameter 'replicas'",
        "cassandra://h/ks?rf=1&rf=2 | parameter rf is given twice",
        "cassandra://[::1]/ks | IPv6 literals are not supported",
      })
  void parse_badUriSaysWhatToChange(String text, String message) {
    assertThatThrownBy(() -> StoreUri.parse(text))
        .isInstanceOfSatisfying(
            IdgraphException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_ARGUMENT))
        .hasMessageContaining(message);
  }
}
