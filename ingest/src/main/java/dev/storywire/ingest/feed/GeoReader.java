package dev.storywire.ingest.feed;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Reads an entry's position from GeoRSS Simple, GeoRSS GML or W3C Basic Geo. Only points are kept. */
final class GeoReader {
  /** How srsName spellings of WGS84 end: {@code EPSG:4326}, {@code urn:ogc:def:crs:EPSG::4326}, {@code .../EPSG/0/4326}. */
  private static final String WGS84_EPSG_CODE = "4326";

  private GeoReader() {}

  static @Nullable GeoPoint point(XmlElement item) {
    String lat = null;
    String lon = null;
    for (XmlElement child : item.elements()) {
      String ns = Namespaces.canonical(child.namespace);
      String name = child.localName.toLowerCase(Locale.ROOT);
      if (ns.equals(Namespaces.GEORSS) && name.equals("point")) {
        return pair(child.text());
      }
      if (ns.equals(Namespaces.GEORSS) && name.equals("where")) {
        GeoPoint where = gmlPoint(child);
        if (where != null) {
          return where;
        }
      }
      if (isGmlPoint(child)) {
        // GML straight in the entry, without georss:where around it
        return gmlPointPos(child);
      }
      if (ns.equals(Namespaces.GEO) && name.equals("point")) {
        GeoPoint nested = point(child);
        if (nested != null) {
          return nested;
        }
      }
      if (ns.equals(Namespaces.GEO) && name.equals("lat")) {
        lat = child.text();
      }
      if (ns.equals(Namespaces.GEO) && (name.equals("long") || name.equals("lon"))) {
        lon = child.text();
      }
    }
    return lat != null && lon != null ? pair(lat + " " + lon) : null;
  }

  private static @Nullable GeoPoint gmlPoint(XmlElement where) {
    for (XmlElement shape : where.elements()) {
      if (isGmlPoint(shape)) {
        return gmlPointPos(shape);
      }
    }
    return null;
  }

  private static boolean isGmlPoint(XmlElement e) {
    return e.namespace.equals(Namespaces.GML) && e.localName.equals("Point");
  }

  /**
   * The point's {@code gml:pos}, when it is in WGS84: no srsName (GeoRSS GML's default) or an
   * EPSG:4326 one. Points in other reference systems (UTM and the like) are dropped, not reprojected.
   */
  private static @Nullable GeoPoint gmlPointPos(XmlElement point) {
    String srs = point.attribute("srsName");
    if (srs != null && !srs.strip().endsWith(WGS84_EPSG_CODE)) {
      return null;
    }
    for (XmlElement pos : point.elements()) {
      if (pos.localName.equals("pos")) {
        return pair(pos.text());
      }
    }
    return null;
  }

  /** "latitude longitude" (GeoRSS order), separated by white space or a comma; null when not two numbers in range. */
  private static @Nullable GeoPoint pair(String text) {
    String[] parts = text.strip().split("[\\s,]+");
    if (parts.length != 2) {
      return null;
    }
    try {
      double lat = Double.parseDouble(parts[0]);
      double lon = Double.parseDouble(parts[1]);
      return Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? new GeoPoint(lat, lon) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
