package io.idgraph.normalize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Street suffixes, USPS Publication 28 appendix C1: each standard abbreviation with the primary
 * name and common spellings that map to it. Used for the last suffix word of a street only.
 */
final class StreetSuffixes {
  // standard abbreviation = the spellings that map to it (the abbreviation itself included)
  private static final String[] TABLE = {
    "ALY=ALLEE ALLEY ALLY ALY",
    "ANX=ANEX ANNEX ANNX ANX",
    "ARC=ARC ARCADE",
    "AVE=AV AVE AVEN AVENU AVENUE AVN AVNUE",
    "BYU=BAYOO BAYOU BYU",
    "BCH=BCH BEACH",
    "BND=BEND BND",
    "BLF=BLF BLUF BLUFF",
    "BLFS=BLFS BLUFFS",
    "BTM=BOT BTM BOTTM BOTTOM",
    "BLVD=BLVD BOUL BOULEVARD BOULV",
    "BR=BR BRNCH BRANCH",
    "BRG=BRDGE BRG BRIDGE",
    "BRK=BRK BROOK",
    "BRKS=BRKS BROOKS",
    "BG=BG BURG",
    "BGS=BGS BURGS",
    "BYP=BYP BYPA BYPAS BYPASS BYPS",
    "CP=CAMP CP CMP",
    "CYN=CANYN CANYON CNYN CYN",
    "CPE=CAPE CPE",
    "CSWY=CAUSEWAY CAUSWA CSWY",
    "CTR=CEN CENT CENTER CENTR CENTRE CNTER CNTR CTR",
    "CTRS=CENTERS CTRS",
    "CIR=CIR CIRC CIRCL CIRCLE CRCL CRCLE",
    "CIRS=CIRCLES CIRS",
    "CLF=CLF CLIFF",
    "CLFS=CLFS CLIFFS",
    "CLB=CLB CLUB",
    "CMN=CMN COMMON",
    "CMNS=CMNS COMMONS",
    "COR=COR CORNER",
    "CORS=CORNERS CORS",
    "CRSE=COURSE CRSE",
    "CT=COURT CT",
    "CTS=COURTS CTS",
    "CV=COVE CV",
    "CVS=COVES CVS",
    "CRK=CREEK CRK",
    "CRES=CRESCENT CRES CRSENT CRSNT",
    "CRST=CREST CRST",
    "XING=CROSSING CRSSNG XING",
    "XRD=CROSSROAD XRD",
    "XRDS=CROSSROADS XRDS",
    "CURV=CURVE CURV",
    "DL=DALE DL",
    "DM=DAM DM",
    "DV=DIV DIVIDE DV DVD",
    "DR=DR DRIV DRIVE DRV",
    "DRS=DRIVES DRS",
    "EST=EST ESTATE",
    "ESTS=ESTATES ESTS",
    "EXPY=EXP EXPR EXPRESS EXPRESSWAY EXPW EXPY",
    "EXT=EXT EXTENSION EXTN EXTNSN",
    "EXTS=EXTENSIONS EXTS",
    "FALL=FALL",
    "FLS=FALLS FLS",
    "FRY=FERRY FRRY FRY",
    "FLD=FIELD FLD",
    "FLDS=FIELDS FLDS",
    "FLT=FLAT FLT",
    "FLTS=FLATS FLTS",
    "FRD=FORD FRD",
    "FRDS=FORDS FRDS",
    "FRST=FOREST FORESTS FRST",
    "FRG=FORG FORGE FRG",
    "FRGS=FORGES FRGS",
    "FRK=FORK FRK",
    "FRKS=FORKS FRKS",
    "FT=FORT FRT FT",
    "FWY=FREEWAY FREEWY FRWAY FRWY FWY",
    "GDN=GARDEN GARDN GDN GRDEN GRDN",
    "GDNS=GARDENS GDNS GRDNS",
    "GTWY=GATEWAY GATEWY GATWAY GTWAY GTWY",
    "GLN=GLEN GLN",
    "GLNS=GLENS GLNS",
    "GRN=GREEN GRN",
    "GRNS=GREENS GRNS",
    "GRV=GROV GROVE GRV",
    "GRVS=GROVES GRVS",
    "HBR=HARB HARBOR HARBR HBR HRBOR",
    "HBRS=HARBORS HBRS",
    "HVN=HAVEN HVN",
    "HTS=HT HTS HEIGHTS",
    "HWY=HIGHWAY HIGHWY HIWAY HIWY HWAY HWY",
    "HL=HILL HL",
    "HLS=HILLS HLS",
    "HOLW=HLLW HOLLOW HOLLOWS HOLW HOLWS",
    "INLT=INLET INLT",
    "IS=IS ISLAND ISLND",
    "ISS=ISLANDS ISLNDS ISS",
    "ISLE=ISLE ISLES",
    "JCT=JCT JCTION JCTN JUNCTION JUNCTN JUNCTON",
    "JCTS=JCTNS JCTS JUNCTIONS",
    "KY=KEY KY",
    "KYS=KEYS KYS",
    "KNL=KNL KNOL KNOLL",
    "KNLS=KNLS KNOLLS",
    "LK=LK LAKE",
    "LKS=LKS LAKES",
    "LAND=LAND",
    "LNDG=LANDING LNDG LNDNG",
    "LN=LANE LN",
    "LGT=LGT LIGHT",
    "LGTS=LGTS LIGHTS",
    "LF=LF LOAF",
    "LCK=LCK LOCK",
    "LCKS=LCKS LOCKS",
    "LDG=LDG LDGE LODG LODGE",
    "LOOP=LOOP LOOPS",
    "MALL=MALL",
    "MNR=MNR MANOR",
    "MNRS=MANORS MNRS",
    "MDW=MEADOW",
    "MDWS=MDWS MEADOWS MEDOWS",
    "MEWS=MEWS",
    "ML=MILL ML",
    "MLS=MILLS MLS",
    "MSN=MISSN MSSN MSN MISSION",
    "MTWY=MOTORWAY MTWY",
    "MT=MNT MT MOUNT",
    "MTN=MNTAIN MNTN MOUNTAIN MOUNTIN MTIN MTN",
    "MTNS=MNTNS MOUNTAINS MTNS",
    "NCK=NCK NECK",
    "ORCH=ORCH ORCHARD ORCHRD",
    "OVAL=OVAL OVL",
    "OPAS=OVERPASS OPAS",
    "PARK=PARK PRK PARKS",
    "PKWY=PARKWAY PARKWY PKWAY PKWY PKY PARKWAYS PKWYS",
    "PASS=PASS",
    "PSGE=PASSAGE PSGE",
    "PATH=PATH PATHS",
    "PIKE=PIKE PIKES",
    "PNE=PINE PNE",
    "PNES=PINES PNES",
    "PL=PL PLACE",
    "PLN=PLAIN PLN",
    "PLNS=PLAINS PLNS",
    "PLZ=PLAZA PLZ PLZA",
    "PT=POINT PT",
    "PTS=POINTS PTS",
    "PRT=PORT PRT",
    "PRTS=PORTS PRTS",
    "PR=PR PRAIRIE PRR",
    "RADL=RAD RADIAL RADIEL RADL",
    "RAMP=RAMP",
    "RNCH=RANCH RANCHES RNCH RNCHS",
    "RPD=RAPID RPD",
    "RPDS=RAPIDS RPDS",
    "RST=REST RST",
    "RDG=RDG RDGE RIDGE",
    "RDGS=RDGS RIDGES",
    "RIV=RIV RIVER RVR RIVR",
    "RD=RD ROAD",
    "RDS=RDS ROADS",
    "RTE=ROUTE RTE",
    "ROW=ROW",
    "RUE=RUE",
    "RUN=RUN",
    "SHL=SHL SHOAL",
    "SHLS=SHLS SHOALS",
    "SHR=SHOAR SHORE SHR",
    "SHRS=SHOARS SHORES SHRS",
    "SKWY=SKYWAY SKWY",
    "SPG=SPG SPNG SPRING SPRNG",
    "SPGS=SPGS SPNGS SPRINGS SPRNGS",
    "SPUR=SPUR SPURS",
    "SQ=SQ SQR SQRE SQU SQUARE",
    "SQS=SQRS SQS SQUARES",
    "STA=STA STATION STATN STN",
    "STRA=STRA STRAV STRAVEN STRAVENUE STRAVN STRVN STRVNUE",
    "STRM=STREAM STREME STRM",
    "ST=STREET STRT ST STR",
    "STS=STREETS STS",
    "SMT=SMT SUMIT SUMITT SUMMIT",
    "TER=TER TERR TERRACE",
    "TRWY=THROUGHWAY TRWY",
    "TRCE=TRACE TRACES TRCE",
    "TRAK=TRACK TRACKS TRAK TRK TRKS",
    "TRFY=TRAFFICWAY TRFY",
    "TRL=TRAIL TRAILS TRL TRLS",
    "TRLR=TRAILER TRLR TRLRS",
    "TUNL=TUNEL TUNL TUNLS TUNNEL TUNNELS TUNNL",
    "TPKE=TRNPK TURNPIKE TURNPK TPKE",
    "UPAS=UNDERPASS UPAS",
    "UN=UN UNION",
    "UNS=UNIONS UNS",
    "VLY=VALLEY VALLY VLLY VLY",
    "VLYS=VALLEYS VLYS",
    "VIA=VDCT VIA VIADCT VIADUCT",
    "VW=VIEW VW",
    "VWS=VIEWS VWS",
    "VLG=VILL VILLAG VILLAGE VILLG VILLIAGE VLG",
    "VLGS=VILLAGES VLGS",
    "VL=VILLE VL",
    "VIS=VIS VIST VISTA VST VSTA",
    "WALK=WALK WALKS",
    "WALL=WALL",
    "WAY=WY WAY",
    "WAYS=WAYS",
    "WL=WELL WL",
    "WLS=WELLS WLS",
  };

  /**
   * The suffixes people most often type; in an address written without commas, the street is taken
   * to end at the first of these.
   */
  private static final java.util.Set<String> COMMON =
      java.util.Set.of(
          "ST", "AVE", "RD", "DR", "BLVD", "LN", "CT", "WAY", "PL", "CIR", "PKWY", "HWY", "TER",
          "TRL", "SQ", "LOOP", "PIKE", "ALY", "PLZ", "XING", "EXPY", "FWY", "TPKE");

  private static final Map<String, String> ABBREVIATIONS = build();
  private static final Map<String, List<String>> SPELLINGS = spellingsByAbbreviation();

  private StreetSuffixes() {}

  /** The standard abbreviation of a suffix word ("STREET" gives "ST"), or null. */
  static String abbreviation(String word) {
    return ABBREVIATIONS.get(word);
  }

  /** True for a spelling of one of the {@link #COMMON} suffixes. */
  static boolean isCommon(String word) {
    String abbreviation = ABBREVIATIONS.get(word);
    return abbreviation != null && COMMON.contains(abbreviation);
  }

  /** The spellings of a standard abbreviation ("AVE" gives AV, AVE, AVENUE, ...); empty if none. */
  static List<String> spellings(String abbreviation) {
    return SPELLINGS.getOrDefault(abbreviation, List.of());
  }

  private static Map<String, List<String>> spellingsByAbbreviation() {
    Map<String, List<String>> out = new HashMap<>();
    ABBREVIATIONS.forEach(
        (spelling, abbr) -> out.computeIfAbsent(abbr, a -> new ArrayList<>()).add(spelling));
    out.replaceAll((abbr, list) -> List.copyOf(list));
    return Map.copyOf(out);
  }

  /** How many spellings map to a standard abbreviation (for tests and docs). */
  static int size() {
    return ABBREVIATIONS.size();
  }

  private static Map<String, String> build() {
    Map<String, String> map = new HashMap<>();
    for (String row : TABLE) {
      int eq = row.indexOf('=');
      String abbreviation = row.substring(0, eq);
      for (String spelling : row.substring(eq + 1).split(" ")) {
        String previous = map.put(spelling, abbreviation);
        if (previous != null && !previous.equals(abbreviation)) {
          throw new IllegalStateException("suffix " + spelling + " maps twice");
        }
      }
      map.put(abbreviation, abbreviation);
    }
    return Map.copyOf(map);
  }
}
