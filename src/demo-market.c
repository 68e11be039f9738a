/*
 * demo-market.c: the labour market of the demo region as a Dutch match
 * team knows it.  demo_occs lists the ISCO-08 unit groups of the jobs
 * this team fills (what the candidates did before, with the demands the
 * work makes and the skills it asks); demo_kinds lists the kinds of
 * business in the region, each with how it is named and the jobs it
 * posts, by their everyday Dutch titles: a hotel asks for a `Medewerker
 * bediening` or `Medewerker housekeeping`, a distribution centre for an
 * `Orderpicker` or `Heftruckchauffeur`, a childcare centre for a
 * `Pedagogisch medewerker`; never one of another trade.  Every job's
 * ISCO group is in demo_occs (demo_market_check).
 */
#include <string.h>

#include "werkbank/i18n.h"

#include "demo-internal.h"

#define T	DEMAND_TILLEN
#define S	DEMAND_STAAN
#define N	DEMAND_NACHT
#define K	DEMAND_KLANT
#define D	DEMAND_DRUK

/*
 * The sector a group counts in for candidates (the sector they mostly
 * worked in), how often candidates have it, the demands and four skills.
 */
const struct demo_occ demo_occs[] = {
	/* production */
	{ "9329", SEC_PRODUCTIE, 10, T | S, { "productiewerk", "vca",
	    "inpakken", "kwaliteitscontrole" } },
	{ "8189", SEC_PRODUCTIE, 3, S | N, { "machinebediening", "vca",
	    "technisch inzicht", "ploegendienst" } },
	{ "9321", SEC_PRODUCTIE, 6, S, { "inpakken", "orderpicken",
	    "nauwkeurig", "productiewerk" } },
	{ "8160", SEC_PRODUCTIE, 4, S | N, { "hygiëne", "haccp",
	    "productiewerk", "inpakken" } },
	{ "8219", SEC_PRODUCTIE, 3, 0, { "monteren", "technisch inzicht",
	    "nauwkeurig", "productiewerk" } },
	{ "8211", SEC_PRODUCTIE, 1, 0, { "monteren", "tekening lezen",
	    "technisch inzicht", "vca" } },
	{ "7212", SEC_PRODUCTIE, 2, T, { "lassen", "vca", "tekening lezen",
	    "metaalbewerking" } },
	{ "7213", SEC_PRODUCTIE, 1, 0, { "metaalbewerking", "kantbank",
	    "tekening lezen", "nauwkeurig" } },
	{ "7214", SEC_PRODUCTIE, 1, T, { "metaalbewerking", "lassen",
	    "tekening lezen", "vca" } },
	{ "7223", SEC_PRODUCTIE, 2, S, { "cnc", "metaalbewerking",
	    "tekening lezen", "nauwkeurig" } },
	{ "8142", SEC_PRODUCTIE, 2, N, { "machinebediening", "ploegendienst",
	    "kwaliteitscontrole", "vca" } },
	{ "7512", SEC_PRODUCTIE, 2, S | N, { "bakken", "hygiëne", "haccp",
	    "vroege diensten" } },
	{ "7511", SEC_PRODUCTIE, 1, T | S, { "uitbenen", "vleesverwerking",
	    "hygiëne", "haccp" } },
	{ "7513", SEC_PRODUCTIE, 1, S, { "kaasmaken", "hygiëne", "haccp",
	    "ploegendienst" } },
	{ "7522", SEC_PRODUCTIE, 1, 0, { "houtbewerking", "machinebediening",
	    "nauwkeurig", "tekening lezen" } },
	{ "7523", SEC_PRODUCTIE, 1, S, { "houtbewerking", "machinebediening",
	    "cnc", "vca" } },
	{ "7132", SEC_PRODUCTIE, 1, 0, { "spuiten", "lakken", "nauwkeurig",
	    "vca" } },
	{ "7322", SEC_PRODUCTIE, 1, S, { "drukken", "machinebediening",
	    "nauwkeurig", "ploegendienst" } },
	{ "7323", SEC_PRODUCTIE, 1, S, { "nabewerking", "inpakken",
	    "machinebediening", "nauwkeurig" } },
	{ "8114", SEC_PRODUCTIE, 1, T | S, { "machinebediening", "vca",
	    "heftruck", "productiewerk" } },
	/* logistics and transport */
	{ "9333", SEC_LOGISTIEK, 10, T | D, { "orderpicken", "heftruck",
	    "scanner", "inpakken" } },
	{ "8344", SEC_LOGISTIEK, 4, 0, { "heftruck", "reachtruck", "vca",
	    "orderpicken" } },
	{ "4321", SEC_LOGISTIEK, 2, 0, { "voorraadbeheer", "computervaardig",
	    "scanner", "nauwkeurig" } },
	{ "4323", SEC_LOGISTIEK, 1, 0, { "planning", "computervaardig",
	    "klantgericht", "nauwkeurig" } },
	{ "8332", SEC_LOGISTIEK, 2, 0, { "rijbewijs c", "code 95",
	    "tachograaf", "klantgericht" } },
	{ "8322", SEC_LOGISTIEK, 3, K, { "rijbewijs b", "klantgericht",
	    "zelfstandig", "routeplanning" } },
	{ "9621", SEC_LOGISTIEK, 1, K, { "bezorgen", "zelfstandig",
	    "klantgericht", "routeplanning" } },
	/* cleaning and waste */
	{ "9112", SEC_SCHOONMAAK, 10, 0, { "schoonmaak", "hygiëne",
	    "zelfstandig", "vloeronderhoud" } },
	{ "9111", SEC_SCHOONMAAK, 3, K, { "schoonmaak", "klantgericht",
	    "hygiëne", "zelfstandig" } },
	{ "9123", SEC_SCHOONMAAK, 1, T, { "glazenwassen", "hoogwerker", "vca",
	    "zelfstandig" } },
	{ "9612", SEC_SCHOONMAAK, 2, T | S, { "sorteren", "vca",
	    "productiewerk", "heftruck" } },
	{ "9611", SEC_SCHOONMAAK, 1, T, { "vca", "fysiek werk", "klantgericht",
	    "teamwerk" } },
	/* care and childcare */
	{ "5322", SEC_ZORG, 4, K, { "verzorging", "klantgericht", "hygiëne",
	    "rijbewijs b" } },
	{ "5321", SEC_ZORG, 3, N | K, { "verzorging", "hygiëne", "empathisch",
	    "teamwerk" } },
	{ "5329", SEC_ZORG, 2, K, { "hygiëne", "klantgericht", "teamwerk",
	    "verzorging" } },
	{ "5311", SEC_ZORG, 2, K, { "kinderopvang", "empathisch",
	    "klantgericht", "teamwerk" } },
	/* retail */
	{ "5223", SEC_DETAILHANDEL, 8, K | S, { "klantgericht", "kassa",
	    "verkoop", "vakkenvullen" } },
	{ "5230", SEC_DETAILHANDEL, 4, K | S, { "kassa", "klantgericht",
	    "nauwkeurig", "geld tellen" } },
	{ "9334", SEC_DETAILHANDEL, 5, T, { "vakkenvullen", "orderpicken",
	    "zelfstandig", "hygiëne" } },
	{ "7234", SEC_DETAILHANDEL, 1, 0, { "fietsreparatie",
	    "technisch inzicht", "klantgericht", "zelfstandig" } },
	/* hospitality */
	{ "9412", SEC_HORECA, 6, S | D, { "afwassen", "hygiëne", "haccp",
	    "koken" } },
	{ "5120", SEC_HORECA, 3, S | D, { "koken", "haccp", "hygiëne",
	    "a la carte" } },
	{ "5131", SEC_HORECA, 4, K | S | D, { "klantgericht", "bediening",
	    "kassa", "duits" } },
	{ "5132", SEC_HORECA, 1, K | D, { "bar", "klantgericht", "kassa",
	    "bediening" } },
	{ "9411", SEC_HORECA, 2, S | D, { "frituren", "hygiëne", "kassa",
	    "klantgericht" } },
	{ "5246", SEC_HORECA, 1, K | S, { "klantgericht", "kassa", "hygiëne",
	    "koken" } },
	{ "4224", SEC_HORECA, 1, K, { "klantgericht", "duits", "engels",
	    "computervaardig" } },
	/* green sector and farming */
	{ "9214", SEC_GROEN, 6, T, { "tuinonderhoud", "snoeien", "maaien",
	    "bosmaaier" } },
	{ "6113", SEC_GROEN, 2, T, { "tuinonderhoud", "bestrating",
	    "snoeien", "rijbewijs b" } },
	{ "9211", SEC_GROEN, 2, T, { "oogsten", "fysiek werk", "trekker",
	    "teamwerk" } },
	{ "9212", SEC_GROEN, 1, T, { "melken", "dierverzorging", "trekker",
	    "vroege diensten" } },
	{ "8341", SEC_GROEN, 1, 0, { "trekker", "rijbewijs t",
	    "landbouwmachines", "vca" } },
	/* construction */
	{ "9313", SEC_BOUW, 5, T, { "vca", "fysiek werk", "metselen",
	    "bouwplaats" } },
	{ "7115", SEC_BOUW, 2, T, { "timmeren", "vca", "tekening lezen",
	    "houtbewerking" } },
	{ "7112", SEC_BOUW, 1, T, { "metselen", "vca", "fysiek werk",
	    "bouwplaats" } },
	{ "9312", SEC_BOUW, 2, T, { "bestrating", "vca", "grondwerk",
	    "fysiek werk" } },
	{ "8342", SEC_BOUW, 1, 0, { "graafmachine", "vca", "grondwerk",
	    "bouwplaats" } },
	{ "9622", SEC_BOUW, 1, 0, { "klussen", "zelfstandig", "rijbewijs b",
	    "schilderen" } },
	{ "7126", SEC_BOUW, 1, 0, { "installatietechniek", "vca",
	    "rijbewijs b", "tekening lezen" } },
	{ "7411", SEC_BOUW, 1, 0, { "elektrotechniek", "nen 3140", "vca",
	    "tekening lezen" } },
	{ "7131", SEC_BOUW, 1, 0, { "schilderen", "vca", "nauwkeurig",
	    "zelfstandig" } },
	{ "7121", SEC_BOUW, 1, T, { "dakdekken", "vca", "werken op hoogte",
	    "fysiek werk" } },
	/* services: security, laundry, garages, offices */
	{ "5414", SEC_DIENSTEN, 2, N | K, { "beveiliging",
	    "diploma beveiliger", "klantgericht", "rijbewijs b" } },
	{ "9121", SEC_DIENSTEN, 1, T | S, { "wasserij", "sorteren",
	    "productiewerk", "hygiëne" } },
	{ "9122", SEC_DIENSTEN, 1, S, { "schoonmaak", "klantgericht",
	    "zelfstandig", "nauwkeurig" } },
	{ "7231", SEC_DIENSTEN, 1, 0, { "autotechniek", "apk", "rijbewijs b",
	    "klantgericht" } },
	{ "4110", SEC_DIENSTEN, 2, 0, { "computervaardig", "administratie",
	    "nauwkeurig", "klantgericht" } },
	{ "4311", SEC_DIENSTEN, 1, 0, { "boekhouden", "computervaardig",
	    "nauwkeurig", "excel" } },
	{ "4226", SEC_DIENSTEN, 1, K, { "klantgericht", "telefoon",
	    "computervaardig", "engels" } },
};
const int demo_nocc = sizeof(demo_occs) / sizeof(demo_occs[0]);

#undef T
#undef S
#undef N
#undef K
#undef D

/* How a kind of business is named (enum demo_kind_names). */
#define SUR	KN_SURNAME	/* Bakkerij Jansen */
#define PLC	KN_PLACE	/* Camping Giethoorn */
#define BRD	KN_BRAND	/* Zorggroep Reestdal */
#define SPO	KN_SUR_POST	/* Mulder Transport */
#define BPO	KN_BRAND_POST	/* Reestdal Metaal */
#define MIG	KN_ANY_SURNAME	/* a surname of any origin */
#define GRP	KN_GROUP	/* large enough to be a "Groep" */

/*
 * The kinds of business: sector, the word before a name and the word
 * after one (NULL: not used that way), how common, how large (0 small,
 * 2 large: large ones post more vacancies), how named, and the jobs they
 * post with how often.
 */
const struct demo_kind demo_kinds[] = {
	/* production */
	{ SEC_PRODUCTIE, "Metaalbewerking", "Metaal", 4, 1,
	    SUR | BRD | SPO | BPO, {
	    { "Productiemedewerker metaal", "9329", 4 },
	    { "CNC-operator", "7223", 3 }, { "Lasser", "7212", 3 },
	    { "Lasser MIG/MAG", "7212", 1 },
	    { "Constructiebankwerker", "7214", 2 },
	    { "Plaatwerker", "7213", 1 },
	    { "Medewerker expeditie", "9333", 1 } } },
	{ SEC_PRODUCTIE, "Kunststofverwerking", "Kunststoffen", 2, 1,
	    BRD | SPO | BPO | GRP, {
	    { "Operator kunststofverwerking", "8142", 4 },
	    { "Medewerker extrusie", "8142", 2 },
	    { "Spuitgieter", "8142", 1 },
	    { "Productiemedewerker", "9329", 3 },
	    { "Inpakker", "9321", 2 },
	    { "Heftruckchauffeur", "8344", 1 } } },
	{ SEC_PRODUCTIE, "Machinefabriek", "Machinebouw", 2, 1,
	    SUR | BRD | SPO | BPO, {
	    { "Assemblagemedewerker", "8219", 3 },
	    { "Monteur machinebouw", "8211", 2 },
	    { "CNC-operator", "7223", 2 }, { "Lasser", "7212", 1 },
	    { "Productiemedewerker", "9329", 2 },
	    { "Magazijnmedewerker", "9333", 1 } } },
	{ SEC_PRODUCTIE, "Meubelmakerij", "Meubelen", 2, 0,
	    SUR | PLC | SPO | BPO, {
	    { "Meubelmaker", "7522", 3 },
	    { "Medewerker houtbewerking", "7523", 3 },
	    { "Interieurbouwer", "7522", 2 },
	    { "Medewerker spuiterij", "7132", 1 },
	    { "Medewerker meubelmontage", "8219", 2 },
	    { "Medewerker expeditie", "9333", 1 } } },
	{ SEC_PRODUCTIE, "Bakkerij", NULL, 3, 0, SUR | PLC, {
	    { "Bakker", "7512", 3 }, { "Assistent-bakker", "7512", 2 },
	    { "Medewerker bakkerij", "7512", 2 },
	    { "Verkoopmedewerker bakkerij", "5223", 3 },
	    { "Inpakker", "9321", 1 } } },
	{ SEC_PRODUCTIE, "Vleeswarenfabriek", "Vleeswaren", 2, 2,
	    SUR | BRD | SPO | BPO | GRP, {
	    { "Productiemedewerker food", "8160", 4 },
	    { "Medewerker vleesverwerking", "7511", 2 },
	    { "Uitbener", "7511", 1 }, { "Inpakker", "9321", 3 },
	    { "Orderpicker koel en vries", "9333", 1 },
	    { "Schoonmaker productie", "9112", 1 } } },
	{ SEC_PRODUCTIE, "Zuivelfabriek", "Zuivel", 1, 2,
	    BRD | PLC | BPO | GRP, {
	    { "Operator zuivel", "8160", 3 },
	    { "Productiemedewerker", "9329", 2 },
	    { "Kaasmaker", "7513", 1 }, { "Inpakker", "9321", 2 },
	    { "Heftruckchauffeur", "8344", 1 } } },
	{ SEC_PRODUCTIE, "Verpakkingsbedrijf", "Verpakkingen", 2, 1,
	    SUR | BRD | SPO | BPO, {
	    { "Inpakker", "9321", 4 },
	    { "Operator verpakkingsmachine", "8189", 2 },
	    { "Productiemedewerker", "9329", 3 },
	    { "Orderpicker", "9333", 2 } } },
	{ SEC_PRODUCTIE, "Staalbouw", "Staalbouw", 2, 1, SUR | BRD | SPO, {
	    { "Lasser", "7212", 3 }, { "Constructiebankwerker", "7214", 3 },
	    { "Monteur staalbouw", "7214", 2 },
	    { "Medewerker straalcabine", "7132", 1 },
	    { "Productiemedewerker", "9329", 1 } } },
	{ SEC_PRODUCTIE, "Drukkerij", "Drukwerk", 2, 0, SUR | BRD | SPO, {
	    { "Drukker", "7322", 2 },
	    { "Medewerker afwerking drukwerk", "7323", 3 },
	    { "Productiemedewerker", "9329", 2 }, { "Inpakker", "9321", 1 },
	    { "Medewerker expeditie", "9333", 1 } } },
	{ SEC_PRODUCTIE, "Betonwarenfabriek", "Betonwaren", 1, 1,
	    SUR | BRD | SPO | BPO, {
	    { "Productiemedewerker betonindustrie", "9329", 3 },
	    { "Operator betonwaren", "8114", 3 },
	    { "Heftruckchauffeur", "8344", 1 } } },
	/* logistics and transport */
	{ SEC_LOGISTIEK, "Transportbedrijf", "Transport", 5, 1,
	    SUR | SPO | BPO | MIG, {
	    { "Vrachtwagenchauffeur", "8332", 4 },
	    { "Chauffeur C/CE", "8332", 3 },
	    { "Chauffeur distributie", "8332", 2 },
	    { "Bijrijder", "9333", 1 }, { "Planner transport", "4323", 1 },
	    { "Magazijnmedewerker", "9333", 1 } } },
	{ SEC_LOGISTIEK, "Distributiecentrum", "Logistics", 3, 2,
	    BRD | PLC | BPO | GRP, {
	    { "Orderpicker", "9333", 5 },
	    { "Magazijnmedewerker", "9333", 4 },
	    { "Heftruckchauffeur", "8344", 3 },
	    { "Reachtruckchauffeur", "8344", 2 },
	    { "Medewerker expeditie", "9333", 2 },
	    { "Medewerker goederenontvangst", "4321", 1 },
	    { "Medewerker voorraadbeheer", "4321", 1 },
	    { "Inpakker", "9321", 1 } } },
	{ SEC_LOGISTIEK, "Koeriersdienst", "Koeriers", 2, 1,
	    SUR | BRD | SPO | MIG, {
	    { "Pakketbezorger", "8322", 4 }, { "Koerier", "8322", 2 },
	    { "Chauffeur bestelbus", "8322", 2 },
	    { "Medewerker sorteercentrum", "9333", 2 } } },
	{ SEC_LOGISTIEK, "Opslag en Overslag", NULL, 2, 1, SUR | BRD | PLC, {
	    { "Magazijnmedewerker", "9333", 3 },
	    { "Heftruckchauffeur", "8344", 3 },
	    { "Medewerker op- en overslag", "9333", 2 },
	    { "Medewerker voorraadbeheer", "4321", 1 } } },
	{ SEC_LOGISTIEK, "Verhuisbedrijf", "Verhuizingen", 1, 0,
	    SUR | SPO, {
	    { "Verhuizer", "9333", 4 },
	    { "Chauffeur verhuizingen", "8332", 2 },
	    { "Magazijnmedewerker", "9333", 1 } } },
	/* cleaning and waste */
	{ SEC_SCHOONMAAK, "Schoonmaakbedrijf", "Schoonmaakdiensten", 6, 1,
	    SUR | BRD | PLC | SPO | BPO | MIG, {
	    { "Schoonmaker", "9112", 5 },
	    { "Schoonmaakmedewerker", "9112", 4 },
	    { "Medewerker interieurverzorging", "9112", 2 },
	    { "Medewerker vloeronderhoud", "9112", 1 },
	    { "Glazenwasser", "9123", 1 } } },
	{ SEC_SCHOONMAAK, "Glazenwasserij", "Glasbewassing", 2, 0,
	    SUR | PLC | SPO | MIG, {
	    { "Glazenwasser", "9123", 5 }, { "Gevelreiniger", "9123", 1 },
	    { "Schoonmaker", "9112", 2 } } },
	{ SEC_SCHOONMAAK, "Recyclingbedrijf", "Recycling", 2, 1,
	    BRD | PLC | SPO | BPO | GRP, {
	    { "Afvalsorteerder", "9612", 4 },
	    { "Medewerker recycling", "9612", 3 },
	    { "Medewerker afvalinzameling", "9611", 2 },
	    { "Medewerker milieustraat", "9611", 1 },
	    { "Heftruckchauffeur", "8344", 1 },
	    { "Chauffeur C", "8332", 1 } } },
	/* care and childcare */
	{ SEC_ZORG, "Zorggroep", NULL, 3, 2, BRD | PLC, {
	    { "Verzorgende IG", "5321", 3 },
	    { "Helpende zorg en welzijn", "5329", 3 },
	    { "Zorghulp", "5329", 2 },
	    { "Medewerker huishouding", "9111", 2 },
	    { "Medewerker keuken", "9412", 1 },
	    { "Gastvrouw restaurant", "5131", 1 },
	    { "Medewerker wasserij", "9121", 1 },
	    { "Medewerker receptie", "4226", 1 } } },
	{ SEC_ZORG, "Woonzorgcentrum", NULL, 2, 1, BRD, {
	    { "Verzorgende IG", "5321", 3 },
	    { "Helpende zorg en welzijn", "5329", 3 },
	    { "Zorghulp", "5329", 2 },
	    { "Medewerker huishouding", "9111", 2 },
	    { "Medewerker keuken", "9412", 1 },
	    { "Gastvrouw restaurant", "5131", 1 } } },
	{ SEC_ZORG, "Thuiszorg", "Thuiszorg", 3, 1, BRD | PLC | SPO, {
	    { "Medewerker thuiszorg", "5322", 3 },
	    { "Helpende thuiszorg", "5322", 2 },
	    { "Verzorgende IG thuiszorg", "5322", 2 },
	    { "Huishoudelijke hulp", "9111", 4 } } },
	{ SEC_ZORG, "Kinderopvang", NULL, 3, 1, BRD | PLC, {
	    { "Pedagogisch medewerker", "5311", 4 },
	    { "Groepshulp kinderopvang", "5311", 2 },
	    { "Medewerker buitenschoolse opvang", "5311", 2 },
	    { "Invalkracht kinderopvang", "5311", 1 },
	    { "Huishoudelijk medewerker", "9111", 1 } } },
	{ SEC_ZORG, "Zorgboerderij", NULL, 1, 0, SUR | BRD, {
	    { "Medewerker dierverzorging", "9212", 2 },
	    { "Medewerker tuin", "9214", 2 },
	    { "Zorghulp", "5329", 1 }, { "Medewerker keuken", "9412", 1 } } },
	/* retail */
	{ SEC_DETAILHANDEL, "Supermarkt", NULL, 5, 2, SUR | BRD | PLC, {
	    { "Vakkenvuller", "9334", 4 },
	    { "Medewerker vulploeg", "9334", 2 },
	    { "Kassamedewerker", "5230", 3 },
	    { "Medewerker versafdeling", "5223", 2 },
	    { "Medewerker servicebalie", "5230", 1 },
	    { "Winkelmedewerker", "5223", 2 },
	    { "Bezorger boodschappen", "8322", 1 } } },
	{ SEC_DETAILHANDEL, "Bouwmarkt", NULL, 2, 1, SUR | PLC, {
	    { "Verkoopmedewerker bouwmarkt", "5223", 4 },
	    { "Kassamedewerker", "5230", 2 },
	    { "Vakkenvuller", "9334", 2 },
	    { "Medewerker logistiek", "9333", 1 } } },
	{ SEC_DETAILHANDEL, "Tuincentrum", NULL, 2, 1, SUR | PLC, {
	    { "Verkoopmedewerker tuincentrum", "5223", 3 },
	    { "Medewerker kwekerij", "9214", 2 },
	    { "Kassamedewerker", "5230", 2 },
	    { "Vakkenvuller", "9334", 1 } } },
	{ SEC_DETAILHANDEL, "Slagerij", NULL, 2, 0, SUR, {
	    { "Slager", "7511", 2 },
	    { "Verkoopmedewerker slagerij", "5223", 3 },
	    { "Medewerker worstmakerij", "7511", 1 } } },
	{ SEC_DETAILHANDEL, "Fietsenwinkel", "Tweewielers", 2, 0,
	    SUR | PLC | SPO, {
	    { "Fietsenmaker", "7234", 3 },
	    { "Verkoopmedewerker fietsen", "5223", 2 } } },
	{ SEC_DETAILHANDEL, "Woonwinkel", "Wonen", 2, 0, SUR | BRD | SPO, {
	    { "Verkoopmedewerker wonen", "5223", 3 },
	    { "Magazijnmedewerker", "9333", 1 },
	    { "Bezorger meubels", "8322", 1 } } },
	{ SEC_DETAILHANDEL, "Drogisterij", NULL, 2, 0, SUR | PLC, {
	    { "Verkoopmedewerker drogisterij", "5223", 3 },
	    { "Kassamedewerker", "5230", 2 },
	    { "Vakkenvuller", "9334", 1 } } },
	{ SEC_DETAILHANDEL, "Warenhuis", NULL, 1, 2, SUR | BRD, {
	    { "Verkoopmedewerker", "5223", 3 },
	    { "Kassamedewerker", "5230", 2 },
	    { "Vakkenvuller", "9334", 2 },
	    { "Magazijnmedewerker", "9333", 1 } } },
	/* hospitality */
	{ SEC_HORECA, "Hotel", NULL, 3, 1, SUR | BRD | PLC, {
	    { "Medewerker bediening", "5131", 3 },
	    { "Medewerker housekeeping", "9112", 3 },
	    { "Receptionist", "4224", 2 }, { "Afwasser", "9412", 2 },
	    { "Kok", "5120", 2 }, { "Zelfstandig werkend kok", "5120", 1 },
	    { "Medewerker ontbijt", "5131", 1 } } },
	{ SEC_HORECA, "Restaurant", NULL, 3, 0, SUR | BRD | PLC | MIG, {
	    { "Medewerker bediening", "5131", 4 }, { "Kok", "5120", 2 },
	    { "Leerling-kok", "5120", 1 }, { "Keukenhulp", "9412", 3 },
	    { "Afwasser", "9412", 3 }, { "Barmedewerker", "5132", 1 } } },
	{ SEC_HORECA, "Eetcafé", NULL, 2, 0, SUR | BRD, {
	    { "Medewerker bediening", "5131", 3 },
	    { "Barmedewerker", "5132", 2 }, { "Keukenhulp", "9412", 2 },
	    { "Kok", "5120", 1 }, { "Afwasser", "9412", 1 } } },
	{ SEC_HORECA, "Cafetaria", NULL, 3, 0, SUR | BRD | PLC | MIG, {
	    { "Medewerker cafetaria", "5246", 3 },
	    { "Medewerker snackbar", "9411", 3 },
	    { "Frituurmedewerker", "9411", 2 },
	    { "Maaltijdbezorger", "9621", 1 } } },
	{ SEC_HORECA, "Partycentrum", NULL, 1, 0, SUR | BRD, {
	    { "Medewerker bediening", "5131", 3 },
	    { "Keukenhulp", "9412", 2 }, { "Afwasser", "9412", 2 },
	    { "Barmedewerker", "5132", 1 }, { "Schoonmaker", "9112", 1 } } },
	{ SEC_HORECA, "Camping", NULL, 2, 0, SUR | BRD | PLC, {
	    { "Medewerker schoonmaak recreatie", "9112", 3 },
	    { "Medewerker receptie", "4224", 1 },
	    { "Medewerker onderhoud", "9622", 2 },
	    { "Medewerker groenonderhoud", "9214", 2 },
	    { "Medewerker snackbar", "9411", 1 } } },
	/* green sector and farming */
	{ SEC_GROEN, "Hoveniersbedrijf", "Hoveniers", 3, 0,
	    SUR | BRD | SPO, {
	    { "Hovenier", "6113", 3 }, { "Medewerker tuinaanleg", "6113", 2 },
	    { "Medewerker groenvoorziening", "9214", 3 },
	    { "Hovenier (hulp)", "9214", 2 } } },
	{ SEC_GROEN, "Boomkwekerij", NULL, 2, 1, SUR | BRD, {
	    { "Medewerker boomkwekerij", "9214", 4 },
	    { "Medewerker kwekerij", "9214", 2 },
	    { "Orderpicker planten", "9333", 1 },
	    { "Trekkerchauffeur", "8341", 1 } } },
	{ SEC_GROEN, "Loonbedrijf", NULL, 2, 0, SUR, {
	    { "Trekkerchauffeur", "8341", 3 },
	    { "Medewerker loonwerk", "8341", 2 },
	    { "Machinist grondverzet", "8342", 1 },
	    { "Grondwerker", "9312", 1 } } },
	{ SEC_GROEN, "Groenvoorziening", "Groen", 2, 1,
	    BRD | PLC | SPO | BPO, {
	    { "Medewerker groenvoorziening", "9214", 4 },
	    { "Groenvoorziener", "9214", 2 },
	    { "Medewerker groenonderhoud", "9214", 2 },
	    { "Hovenier", "6113", 1 } } },
	{ SEC_GROEN, "Melkveebedrijf", NULL, 2, 0, SUR, {
	    { "Medewerker melkveehouderij", "9212", 4 },
	    { "Melker", "9212", 2 },
	    { "Trekkerchauffeur", "8341", 1 } } },
	{ SEC_GROEN, "Akkerbouwbedrijf", NULL, 1, 0, SUR, {
	    { "Medewerker akkerbouw", "9211", 3 },
	    { "Oogstmedewerker", "9211", 3 },
	    { "Trekkerchauffeur", "8341", 1 } } },
	/* construction */
	{ SEC_BOUW, "Bouwbedrijf", "Bouw", 4, 1, SUR | BRD | SPO | BPO, {
	    { "Timmerman", "7115", 3 }, { "Allround timmerman", "7115", 2 },
	    { "Opperman", "9313", 2 }, { "Bouwplaatsmedewerker", "9313", 2 },
	    { "Metselaar", "7112", 2 },
	    { "Leerling-timmerman", "7115", 1 } } },
	{ SEC_BOUW, "Installatiebedrijf", "Installatietechniek", 3, 1,
	    SUR | BRD | SPO, {
	    { "Installatiemonteur", "7126", 3 },
	    { "Monteur sanitair", "7126", 1 },
	    { "Elektricien", "7411", 2 },
	    { "Leerling-installateur", "7126", 1 },
	    { "Administratief medewerker", "4110", 1 } } },
	{ SEC_BOUW, "Schildersbedrijf", "Schilderwerken", 2, 0,
	    SUR | SPO, {
	    { "Schilder", "7131", 4 }, { "Leerling-schilder", "7131", 2 } } },
	{ SEC_BOUW, "Grondwerken", "Infra", 2, 1, SUR | BRD | SPO | BPO, {
	    { "Grondwerker", "9312", 3 },
	    { "Medewerker wegenbouw", "9312", 2 },
	    { "Stratenmaker (hulp)", "9312", 2 },
	    { "Machinist grondverzet", "8342", 1 },
	    { "Chauffeur C", "8332", 1 } } },
	{ SEC_BOUW, "Dakdekkersbedrijf", "Dakwerken", 1, 0, SUR | SPO, {
	    { "Dakdekker", "7121", 4 }, { "Leerling-dakdekker", "7121", 2 },
	    { "Opperman", "9313", 1 } } },
	{ SEC_BOUW, "Timmerfabriek", "Houtbouw", 1, 1, SUR | BRD | SPO, {
	    { "Machinaal houtbewerker", "7523", 3 },
	    { "Timmerman werkplaats", "7115", 2 },
	    { "Productiemedewerker", "9329", 2 },
	    { "Heftruckchauffeur", "8344", 1 } } },
	{ SEC_BOUW, "Onderhoudsbedrijf", "Vastgoedonderhoud", 1, 0,
	    SUR | SPO, {
	    { "Allround klusser", "9622", 2 },
	    { "Medewerker onderhoud", "9622", 2 },
	    { "Schilder", "7131", 1 }, { "Timmerman", "7115", 1 } } },
	/* services */
	{ SEC_DIENSTEN, "Beveiligingsbedrijf", "Beveiliging", 2, 1,
	    BRD | SPO | BPO | MIG, {
	    { "Beveiliger", "5414", 4 },
	    { "Evenementenbeveiliger", "5414", 2 },
	    { "Receptionist", "4226", 1 } } },
	{ SEC_DIENSTEN, "Wasserij", "Textielservice", 1, 1,
	    SUR | BRD | PLC, {
	    { "Medewerker wasserij", "9121", 4 },
	    { "Productiemedewerker wasserij", "9121", 2 },
	    { "Chauffeur bestelbus", "8322", 1 } } },
	{ SEC_DIENSTEN, "Autobedrijf", "Auto's", 2, 0, SUR | SPO | MIG, {
	    { "Automonteur", "7231", 3 },
	    { "Leerling-automonteur", "7231", 2 },
	    { "Autopoetser", "9122", 1 },
	    { "Bandenmonteur", "7231", 1 } } },
	{ SEC_DIENSTEN, "Autowasstraat", NULL, 1, 0, SUR | PLC | MIG, {
	    { "Medewerker wasstraat", "9122", 3 },
	    { "Autopoetser", "9122", 2 } } },
	{ SEC_DIENSTEN, "Administratiekantoor", "Administratie", 1, 0,
	    SUR | PLC | SPO, {
	    { "Administratief medewerker", "4110", 3 },
	    { "Medewerker boekhouding", "4311", 1 },
	    { "Receptionist", "4226", 1 } } },
};
const int demo_nkind = sizeof(demo_kinds) / sizeof(demo_kinds[0]);

#undef SUR
#undef PLC
#undef BRD
#undef SPO
#undef BPO
#undef MIG
#undef GRP

int
demo_occ_find(const char *isco)
{
	int	i;

	for (i = 0; i < demo_nocc; i++)
		if (strcmp(demo_occs[i].isco, isco) == 0)
			return i;
	return -1;
}

/*
 * The occupation of every job (ctx->job_occ), and that every sector has
 * kinds of business whose jobs the reference data knows.
 */
enum wb_status
demo_market_check(struct demo_ctx *ctx)
{
	const struct demo_job	*j;
	int			 k, n, o, s, weight[SEC_COUNT] = { 0 };

	/* The occupations candidates may have, by sector and in all. */
	for (o = 0; o < demo_nocc && o < 256; o++) {
		if (!ctx->occ_ok[o])
			continue;
		for (k = 0; k < 2; k++) {
			s = k == 0 ? demo_occs[o].sector : SEC_COUNT;
			ctx->sec_occ[s][ctx->sec_n[s]++] = (uint8_t)o;
			ctx->sec_total[s] += demo_occs[o].weight;
		}
	}

	for (k = 0; k < demo_nkind; k++) {
		for (n = 0; n < DEMO_JOBS && demo_kinds[k].job[n].title !=
		    NULL; n++) {
			j = &demo_kinds[k].job[n];
			if ((o = demo_occ_find(j->isco)) < 0)
				return db_set_error(ctx->db, WB_INVALID,
				    _("demo: job title %s has an ISCO group "
				    "(%s) the demo does not know"), j->title,
				    j->isco);
			ctx->job_occ[k][n] = (uint8_t)o;
			if (ctx->occ_ok[o])
				weight[demo_kinds[k].sector] += j->weight;
		}
		ctx->njob[k] = n;
	}
	for (k = 0; k < SEC_COUNT; k++)
		if (weight[k] == 0)
			return db_set_error(ctx->db, WB_INVALID,
			    _("demo: no jobs for %s"), demo_sector_names[k]);
	return WB_OK;
}
