package io.idgraph.geo;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.h3core.H3Core;
import com.uber.h3core.util.LatLng;
import io.idgraph.graph.Geo;
import java.util.List;
import org.junit.jupiter.api.Test;

class H3CellsTest {
  private final H3Core h3 = H3Cells.core();

  @Test
  void cell_isValidAtStoredResolution() {
    long cell = H3Cells.cell(37.7749, -122.4194);

    assertThat(h3.isValidCell(cell)).isTrue();
    assertThat(h3.getResolution(cell)).isEqualTo(Geo.H3_RESOLUTION);
  }

  @Test
  void cell_centerIsWithinACellOfThePoint() {
    long cell = H3Cells.cell(40.7506, -73.9972);
    LatLng center = h3.cellToLatLng(cell);

    // resolution 9 cells have edges of about 0.17 km
    assertThat(Distance.haversineMeters(40.7506, -73.9972, center.lat, center.lng)).isLessThan(250);
  }

  @Test
  void cell_nearbyPointIsSameOrNeighbor() {
    long a = H3Cells.cell(41.8858, -87.6181);
    long b = H3Cells.cell(41.8859, -87.6182); // about 14 m away

    assertThat(a == b || h3.areNeighborCells(a, b)).isTrue();
  }

  @Test
  void cell_distantPointsDiffer() {
    long sf = H3Cells.cell(37.7749, -122.4194);
    long la = H3Cells.cell(34.0522, -118.2437);

    assertThat(sf).isNotEqualTo(la);
    assertThat(h3.areNeighborCells(sf, la)).isFalse();
  }

  @Test
  void cell_ringOneHoldsSixNeighbors() {
    long cell = H3Cells.cell(37.7898, -122.3942);
    List<Long> disk = h3.gridDisk(cell, 1);

    assertThat(disk).hasSize(7).contains(cell);
    disk.stream()
        .filter(c -> c != cell)
        .forEach(c -> assertThat(h3.areNeighborCells(cell, c)).isTrue());
  }
}
