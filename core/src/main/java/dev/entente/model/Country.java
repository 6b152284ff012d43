package dev.entente.model;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Arrays;
import java.util.Optional;

/**
 * A country or territory of ISO 3166-1, with its alpha-3 and alpha-2 codes and its usual French
 * name.
 *
 * <p>Every current ISO 3166-1 entry is listed, not only those the seeds mention. Constant names
 * are common English short names ({@code RUSSIA}, {@code NORTH_KOREA}), so {@code toString()}
 * reads well in a notebook; {@code fromAlpha3("RUS")} goes from the code to the constant.
 */
public enum Country {
  // Declared in ascending alpha-3 order, and kept so: the natural (declaration) order is used to
  // canonicalize pairs (CountryPair), and it must equal alphabetical alpha-3 order so that a pair
  // reads the same as its codes sorted. CountryTest checks this.
  ARUBA("ABW", "AW", "Aruba"),
  AFGHANISTAN("AFG", "AF", "Afghanistan"),
  ANGOLA("AGO", "AO", "Angola"),
  ANGUILLA("AIA", "AI", "Anguilla"),
  ALAND_ISLANDS("ALA", "AX", "Îles Åland"),
  ALBANIA("ALB", "AL", "Albanie"),
  ANDORRA("AND", "AD", "Andorre"),
  UNITED_ARAB_EMIRATES("ARE", "AE", "Émirats arabes unis"),
  ARGENTINA("ARG", "AR", "Argentine"),
  ARMENIA("ARM", "AM", "Arménie"),
  AMERICAN_SAMOA("ASM", "AS", "Samoa américaines"),
  ANTARCTICA("ATA", "AQ", "Antarctique"),
  FRENCH_SOUTHERN_TERRITORIES("ATF", "TF", "Terres australes et antarctiques françaises"),
  ANTIGUA_AND_BARBUDA("ATG", "AG", "Antigua-et-Barbuda"),
  AUSTRALIA("AUS", "AU", "Australie"),
  AUSTRIA("AUT", "AT", "Autriche"),
  AZERBAIJAN("AZE", "AZ", "Azerbaïdjan"),
  BURUNDI("BDI", "BI", "Burundi"),
  BELGIUM("BEL", "BE", "Belgique"),
  BENIN("BEN", "BJ", "Bénin"),
  CARIBBEAN_NETHERLANDS("BES", "BQ", "Pays-Bas caribéens"),
  BURKINA_FASO("BFA", "BF", "Burkina Faso"),
  BANGLADESH("BGD", "BD", "Bangladesh"),
  BULGARIA("BGR", "BG", "Bulgarie"),
  BAHRAIN("BHR", "BH", "Bahreïn"),
  BAHAMAS("BHS", "BS", "Bahamas"),
  BOSNIA_AND_HERZEGOVINA("BIH", "BA", "Bosnie-Herzégovine"),
  SAINT_BARTHELEMY("BLM", "BL", "Saint-Barthélemy"),
  BELARUS("BLR", "BY", "Biélorussie"),
  BELIZE("BLZ", "BZ", "Belize"),
  BERMUDA("BMU", "BM", "Bermudes"),
  BOLIVIA("BOL", "BO", "Bolivie"),
  BRAZIL("BRA", "BR", "Brésil"),
  BARBADOS("BRB", "BB", "Barbade"),
  BRUNEI("BRN", "BN", "Brunei"),
  BHUTAN("BTN", "BT", "Bhoutan"),
  BOUVET_ISLAND("BVT", "BV", "Île Bouvet"),
  BOTSWANA("BWA", "BW", "Botswana"),
  CENTRAL_AFRICAN_REPUBLIC("CAF", "CF", "République centrafricaine"),
  CANADA("CAN", "CA", "Canada"),
  COCOS_ISLANDS("CCK", "CC", "Îles Cocos"),
  SWITZERLAND("CHE", "CH", "Suisse"),
  CHILE("CHL", "CL", "Chili"),
  CHINA("CHN", "CN", "Chine"),
  IVORY_COAST("CIV", "CI", "Côte d'Ivoire"),
  CAMEROON("CMR", "CM", "Cameroun"),
  DR_CONGO("COD", "CD", "République démocratique du Congo"),
  CONGO("COG", "CG", "République du Congo"),
  COOK_ISLANDS("COK", "CK", "Îles Cook"),
  COLOMBIA("COL", "CO", "Colombie"),
  COMOROS("COM", "KM", "Comores"),
  CAPE_VERDE("CPV", "CV", "Cap-Vert"),
  COSTA_RICA("CRI", "CR", "Costa Rica"),
  CUBA("CUB", "CU", "Cuba"),
  CURACAO("CUW", "CW", "Curaçao"),
  CHRISTMAS_ISLAND("CXR", "CX", "Île Christmas"),
  CAYMAN_ISLANDS("CYM", "KY", "Îles Caïmans"),
  CYPRUS("CYP", "CY", "Chypre"),
  CZECHIA("CZE", "CZ", "Tchéquie"),
  GERMANY("DEU", "DE", "Allemagne"),
  DJIBOUTI("DJI", "DJ", "Djibouti"),
  DOMINICA("DMA", "DM", "Dominique"),
  DENMARK("DNK", "DK", "Danemark"),
  DOMINICAN_REPUBLIC("DOM", "DO", "République dominicaine"),
  ALGERIA("DZA", "DZ", "Algérie"),
  ECUADOR("ECU", "EC", "Équateur"),
  EGYPT("EGY", "EG", "Égypte"),
  ERITREA("ERI", "ER", "Érythrée"),
  WESTERN_SAHARA("ESH", "EH", "Sahara occidental"),
  SPAIN("ESP", "ES", "Espagne"),
  ESTONIA("EST", "EE", "Estonie"),
  ETHIOPIA("ETH", "ET", "Éthiopie"),
  FINLAND("FIN", "FI", "Finlande"),
  FIJI("FJI", "FJ", "Fidji"),
  FALKLAND_ISLANDS("FLK", "FK", "Îles Malouines"),
  FRANCE("FRA", "FR", "France"),
  FAROE_ISLANDS("FRO", "FO", "Îles Féroé"),
  MICRONESIA("FSM", "FM", "Micronésie"),
  GABON("GAB", "GA", "Gabon"),
  UNITED_KINGDOM("GBR", "GB", "Royaume-Uni"),
  GEORGIA("GEO", "GE", "Géorgie"),
  GUERNSEY("GGY", "GG", "Guernesey"),
  GHANA("GHA", "GH", "Ghana"),
  GIBRALTAR("GIB", "GI", "Gibraltar"),
  GUINEA("GIN", "GN", "Guinée"),
  GUADELOUPE("GLP", "GP", "Guadeloupe"),
  GAMBIA("GMB", "GM", "Gambie"),
  GUINEA_BISSAU("GNB", "GW", "Guinée-Bissau"),
  EQUATORIAL_GUINEA("GNQ", "GQ", "Guinée équatoriale"),
  GREECE("GRC", "GR", "Grèce"),
  GRENADA("GRD", "GD", "Grenade"),
  GREENLAND("GRL", "GL", "Groenland"),
  GUATEMALA("GTM", "GT", "Guatemala"),
  FRENCH_GUIANA("GUF", "GF", "Guyane"),
  GUAM("GUM", "GU", "Guam"),
  GUYANA("GUY", "GY", "Guyana"),
  HONG_KONG("HKG", "HK", "Hong Kong"),
  HEARD_AND_MCDONALD_ISLANDS("HMD", "HM", "Îles Heard-et-MacDonald"),
  HONDURAS("HND", "HN", "Honduras"),
  CROATIA("HRV", "HR", "Croatie"),
  HAITI("HTI", "HT", "Haïti"),
  HUNGARY("HUN", "HU", "Hongrie"),
  INDONESIA("IDN", "ID", "Indonésie"),
  ISLE_OF_MAN("IMN", "IM", "Île de Man"),
  INDIA("IND", "IN", "Inde"),
  BRITISH_INDIAN_OCEAN_TERRITORY("IOT", "IO", "Territoire britannique de l'océan Indien"),
  IRELAND("IRL", "IE", "Irlande"),
  IRAN("IRN", "IR", "Iran"),
  IRAQ("IRQ", "IQ", "Irak"),
  ICELAND("ISL", "IS", "Islande"),
  ISRAEL("ISR", "IL", "Israël"),
  ITALY("ITA", "IT", "Italie"),
  JAMAICA("JAM", "JM", "Jamaïque"),
  JERSEY("JEY", "JE", "Jersey"),
  JORDAN("JOR", "JO", "Jordanie"),
  JAPAN("JPN", "JP", "Japon"),
  KAZAKHSTAN("KAZ", "KZ", "Kazakhstan"),
  KENYA("KEN", "KE", "Kenya"),
  KYRGYZSTAN("KGZ", "KG", "Kirghizistan"),
  CAMBODIA("KHM", "KH", "Cambodge"),
  KIRIBATI("KIR", "KI", "Kiribati"),
  SAINT_KITTS_AND_NEVIS("KNA", "KN", "Saint-Christophe-et-Niévès"),
  SOUTH_KOREA("KOR", "KR", "Corée du Sud"),
  KUWAIT("KWT", "KW", "Koweït"),
  LAOS("LAO", "LA", "Laos"),
  LEBANON("LBN", "LB", "Liban"),
  LIBERIA("LBR", "LR", "Liberia"),
  LIBYA("LBY", "LY", "Libye"),
  SAINT_LUCIA("LCA", "LC", "Sainte-Lucie"),
  LIECHTENSTEIN("LIE", "LI", "Liechtenstein"),
  SRI_LANKA("LKA", "LK", "Sri Lanka"),
  LESOTHO("LSO", "LS", "Lesotho"),
  LITHUANIA("LTU", "LT", "Lituanie"),
  LUXEMBOURG("LUX", "LU", "Luxembourg"),
  LATVIA("LVA", "LV", "Lettonie"),
  MACAO("MAC", "MO", "Macao"),
  SAINT_MARTIN("MAF", "MF", "Saint-Martin"),
  MOROCCO("MAR", "MA", "Maroc"),
  MONACO("MCO", "MC", "Monaco"),
  MOLDOVA("MDA", "MD", "Moldavie"),
  MADAGASCAR("MDG", "MG", "Madagascar"),
  MALDIVES("MDV", "MV", "Maldives"),
  MEXICO("MEX", "MX", "Mexique"),
  MARSHALL_ISLANDS("MHL", "MH", "Îles Marshall"),
  NORTH_MACEDONIA("MKD", "MK", "Macédoine du Nord"),
  MALI("MLI", "ML", "Mali"),
  MALTA("MLT", "MT", "Malte"),
  MYANMAR("MMR", "MM", "Birmanie"),
  MONTENEGRO("MNE", "ME", "Monténégro"),
  MONGOLIA("MNG", "MN", "Mongolie"),
  NORTHERN_MARIANA_ISLANDS("MNP", "MP", "Îles Mariannes du Nord"),
  MOZAMBIQUE("MOZ", "MZ", "Mozambique"),
  MAURITANIA("MRT", "MR", "Mauritanie"),
  MONTSERRAT("MSR", "MS", "Montserrat"),
  MARTINIQUE("MTQ", "MQ", "Martinique"),
  MAURITIUS("MUS", "MU", "Maurice"),
  MALAWI("MWI", "MW", "Malawi"),
  MALAYSIA("MYS", "MY", "Malaisie"),
  MAYOTTE("MYT", "YT", "Mayotte"),
  NAMIBIA("NAM", "NA", "Namibie"),
  NEW_CALEDONIA("NCL", "NC", "Nouvelle-Calédonie"),
  NIGER("NER", "NE", "Niger"),
  NORFOLK_ISLAND("NFK", "NF", "Île Norfolk"),
  NIGERIA("NGA", "NG", "Nigeria"),
  NICARAGUA("NIC", "NI", "Nicaragua"),
  NIUE("NIU", "NU", "Niue"),
  NETHERLANDS("NLD", "NL", "Pays-Bas"),
  NORWAY("NOR", "NO", "Norvège"),
  NEPAL("NPL", "NP", "Népal"),
  NAURU("NRU", "NR", "Nauru"),
  NEW_ZEALAND("NZL", "NZ", "Nouvelle-Zélande"),
  OMAN("OMN", "OM", "Oman"),
  PAKISTAN("PAK", "PK", "Pakistan"),
  PANAMA("PAN", "PA", "Panama"),
  PITCAIRN_ISLANDS("PCN", "PN", "Îles Pitcairn"),
  PERU("PER", "PE", "Pérou"),
  PHILIPPINES("PHL", "PH", "Philippines"),
  PALAU("PLW", "PW", "Palaos"),
  PAPUA_NEW_GUINEA("PNG", "PG", "Papouasie-Nouvelle-Guinée"),
  POLAND("POL", "PL", "Pologne"),
  PUERTO_RICO("PRI", "PR", "Porto Rico"),
  NORTH_KOREA("PRK", "KP", "Corée du Nord"),
  PORTUGAL("PRT", "PT", "Portugal"),
  PARAGUAY("PRY", "PY", "Paraguay"),
  PALESTINE("PSE", "PS", "Palestine"),
  FRENCH_POLYNESIA("PYF", "PF", "Polynésie française"),
  QATAR("QAT", "QA", "Qatar"),
  REUNION("REU", "RE", "La Réunion"),
  ROMANIA("ROU", "RO", "Roumanie"),
  RUSSIA("RUS", "RU", "Russie"),
  RWANDA("RWA", "RW", "Rwanda"),
  SAUDI_ARABIA("SAU", "SA", "Arabie saoudite"),
  SUDAN("SDN", "SD", "Soudan"),
  SENEGAL("SEN", "SN", "Sénégal"),
  SINGAPORE("SGP", "SG", "Singapour"),
  SOUTH_GEORGIA_AND_SOUTH_SANDWICH_ISLANDS(
      "SGS", "GS", "Géorgie du Sud-et-les îles Sandwich du Sud"),
  SAINT_HELENA("SHN", "SH", "Sainte-Hélène, Ascension et Tristan da Cunha"),
  SVALBARD_AND_JAN_MAYEN("SJM", "SJ", "Svalbard et Jan Mayen"),
  SOLOMON_ISLANDS("SLB", "SB", "Îles Salomon"),
  SIERRA_LEONE("SLE", "SL", "Sierra Leone"),
  EL_SALVADOR("SLV", "SV", "Salvador"),
  SAN_MARINO("SMR", "SM", "Saint-Marin"),
  SOMALIA("SOM", "SO", "Somalie"),
  SAINT_PIERRE_AND_MIQUELON("SPM", "PM", "Saint-Pierre-et-Miquelon"),
  SERBIA("SRB", "RS", "Serbie"),
  SOUTH_SUDAN("SSD", "SS", "Soudan du Sud"),
  SAO_TOME_AND_PRINCIPE("STP", "ST", "Sao Tomé-et-Principe"),
  SURINAME("SUR", "SR", "Suriname"),
  SLOVAKIA("SVK", "SK", "Slovaquie"),
  SLOVENIA("SVN", "SI", "Slovénie"),
  SWEDEN("SWE", "SE", "Suède"),
  ESWATINI("SWZ", "SZ", "Eswatini"),
  SINT_MAARTEN("SXM", "SX", "Sint Maarten"),
  SEYCHELLES("SYC", "SC", "Seychelles"),
  SYRIA("SYR", "SY", "Syrie"),
  TURKS_AND_CAICOS_ISLANDS("TCA", "TC", "Îles Turques-et-Caïques"),
  CHAD("TCD", "TD", "Tchad"),
  TOGO("TGO", "TG", "Togo"),
  THAILAND("THA", "TH", "Thaïlande"),
  TAJIKISTAN("TJK", "TJ", "Tadjikistan"),
  TOKELAU("TKL", "TK", "Tokelau"),
  TURKMENISTAN("TKM", "TM", "Turkménistan"),
  EAST_TIMOR("TLS", "TL", "Timor oriental"),
  TONGA("TON", "TO", "Tonga"),
  TRINIDAD_AND_TOBAGO("TTO", "TT", "Trinité-et-Tobago"),
  TUNISIA("TUN", "TN", "Tunisie"),
  TURKEY("TUR", "TR", "Turquie"),
  TUVALU("TUV", "TV", "Tuvalu"),
  TAIWAN("TWN", "TW", "Taïwan"),
  TANZANIA("TZA", "TZ", "Tanzanie"),
  UGANDA("UGA", "UG", "Ouganda"),
  UKRAINE("UKR", "UA", "Ukraine"),
  US_MINOR_OUTLYING_ISLANDS("UMI", "UM", "Îles mineures éloignées des États-Unis"),
  URUGUAY("URY", "UY", "Uruguay"),
  UNITED_STATES("USA", "US", "États-Unis"),
  UZBEKISTAN("UZB", "UZ", "Ouzbékistan"),
  VATICAN("VAT", "VA", "Vatican"),
  SAINT_VINCENT_AND_THE_GRENADINES("VCT", "VC", "Saint-Vincent-et-les-Grenadines"),
  VENEZUELA("VEN", "VE", "Venezuela"),
  BRITISH_VIRGIN_ISLANDS("VGB", "VG", "Îles Vierges britanniques"),
  US_VIRGIN_ISLANDS("VIR", "VI", "Îles Vierges des États-Unis"),
  VIETNAM("VNM", "VN", "Viêt Nam"),
  VANUATU("VUT", "VU", "Vanuatu"),
  WALLIS_AND_FUTUNA("WLF", "WF", "Wallis-et-Futuna"),
  SAMOA("WSM", "WS", "Samoa"),
  YEMEN("YEM", "YE", "Yémen"),
  SOUTH_AFRICA("ZAF", "ZA", "Afrique du Sud"),
  ZAMBIA("ZMB", "ZM", "Zambie"),
  ZIMBABWE("ZWE", "ZW", "Zimbabwe");

  private static final ImmutableMap<String, Country> BY_ALPHA3 =
      Maps.uniqueIndex(Arrays.asList(values()), Country::alpha3);
  private static final ImmutableMap<String, Country> BY_ALPHA2 =
      Maps.uniqueIndex(Arrays.asList(values()), Country::alpha2);

  private final String alpha3;
  private final String alpha2;
  private final String frenchName;

  Country(String alpha3, String alpha2, String frenchName) {
    this.alpha3 = alpha3;
    this.alpha2 = alpha2;
    this.frenchName = frenchName;
  }

  /** Returns the ISO 3166-1 alpha-3 code, three upper-case letters such as {@code "RUS"}. */
  public String alpha3() {
    return alpha3;
  }

  /** Returns the ISO 3166-1 alpha-2 code, two upper-case letters such as {@code "RU"}. */
  public String alpha2() {
    return alpha2;
  }

  /** Returns the usual French short name, such as {@code "Russie"} or {@code "États-Unis"}. */
  public String frenchName() {
    return frenchName;
  }

  /**
   * Returns the country whose alpha-3 code is {@code code}, such as {@code fromAlpha3("RUS")}.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not an upper-case ISO 3166-1 alpha-3 code
   */
  public static Country fromAlpha3(String code) {
    checkNotNull(code, "code");
    Country country = BY_ALPHA3.get(code);
    checkArgument(
        country != null,
        "unknown alpha-3 country code \"%s\"; codes are ISO 3166-1, upper case",
        code);
    return country;
  }

  /**
   * Returns the country whose alpha-2 code is {@code code}, such as {@code fromAlpha2("RU")}.
   *
   * @throws NullPointerException if {@code code} is null
   * @throws IllegalArgumentException if {@code code} is not an upper-case ISO 3166-1 alpha-2 code
   */
  public static Country fromAlpha2(String code) {
    checkNotNull(code, "code");
    Country country = BY_ALPHA2.get(code);
    checkArgument(
        country != null,
        "unknown alpha-2 country code \"%s\"; codes are ISO 3166-1, upper case",
        code);
    return country;
  }

  /**
   * Returns the country whose alpha-3 code is {@code code}, or empty if there is none.
   *
   * @throws NullPointerException if {@code code} is null
   */
  public static Optional<Country> findAlpha3(String code) {
    checkNotNull(code, "code");
    return Optional.ofNullable(BY_ALPHA3.get(code));
  }
}
