package io.idgraph.geo;

import com.uber.h3core.H3Core;
import io.idgraph.graph.Geo;
import java.io.IOException;
import java.io.UncheckedIOException;

/** H3 cells at {@link Geo#H3_RESOLUTION}, through one shared {@link H3Core} (it is thread-safe). */
public final class H3Cells {
  private H3Cells() {}

  /** The cell containing (lat, lon) at {@link Geo#H3_RESOLUTION}. */
  public static long cell(double latitude, double longitude) {
    return core().latLngToCell(latitude, longitude, Geo.H3_RESOLUTION);
  }

  /** The shared H3 library instance, loaded on first use. */
  public static H3Core core() {
    return Holder.CORE;
  }

  private static final class Holder {
    static final H3Core CORE = create();

    private static H3Core create() {
      try {
        return H3Core.newInstance();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot load the h3 native library", e);
      }
    }
  }
}
