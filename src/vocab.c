/*
 * vocab.c: the tables of the closed sets and the matching of typed text
 * against them (vocab.h).  The codes are the schema's (schema/001-
 * init.sql CHECKs, the education_level keys); test-vocab checks that
 * they agree with validate.h's lists and the reference data.  The
 * aliases are the spellings a Dutch match team types, in files from
 * their own systems and in forms; each is folded as typed text is, so
 * "MBO-2" and "mbo 2" are one alias.
 */
#include "werkbank/vocab.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "werkbank/i18n.h"
#include "werkbank/text.h"
#include "werkbank/validate.h"
#include "vocab-int.h"

#define FOLD_MAX	96
#define CLOSE_MAX	3

static const struct vocab_entry vacancy_statuses[] = {
	{ "open", NC_("vacancy_status", "open"),
	    "openstaand|lopend|actief|vacant|nog open" },
	{ "on_hold", NC_("vacancy_status", "on hold"),
	    "aangehouden|on hold|in de wacht|wacht|hold|gepauzeerd|pauze|"
	    "stilgezet|tijdelijk stil|aanhouden" },
	{ "vervuld", NC_("vacancy_status", "filled"),
	    "vervuld|ingevuld|gevuld|filled|bezet|gesloten vervuld" },
	{ "ingetrokken", NC_("vacancy_status", "withdrawn"),
	    "ingetrokken|teruggetrokken|geannuleerd|geschrapt|withdrawn|"
	    "intrekken|gaat niet door" },
	{ "verlopen", NC_("vacancy_status", "expired"),
	    "verlopen|vervallen|expired|sluitingsdatum verstreken" },
};

static const struct vocab_entry candidate_statuses[] = {
	{ "beschikbaar", NC_("candidate_status", "available"),
	    "beschikbaar|actief|werkzoekend|zoekend|available|"
	    "beschikbaar voor werk" },
	{ "in_traject", NC_("candidate_status", "in a programme"),
	    "in traject|traject|in begeleiding|begeleiding|re-integratie|"
	    "reintegratie|in behandeling|programme" },
	{ "geplaatst", NC_("candidate_status", "placed"),
	    "geplaatst|aan het werk|werkend|placed|heeft werk|in dienst" },
	{ "inactief", NC_("candidate_status", "inactive"),
	    "inactief|niet actief|non-actief|niet beschikbaar|afgemeld|"
	    "uitgeschreven|inactive|gestopt" },
};

static const struct vocab_entry steps[] = {
	{ "proposed", NC_("step", "proposed"),
	    "voorgedragen|voordracht|voordragen|voorgesteld|aangeboden|"
	    "cv verstuurd|cv gestuurd" },
	{ "interview", NC_("step", "interview"),
	    "gesprek|sollicitatiegesprek|kennismaking|kennismakingsgesprek|"
	    "op gesprek|uitgenodigd" },
	{ "placed", NC_("step", "placed"),
	    "geplaatst|aangenomen|plaatsing|in dienst|contract getekend" },
	{ "not_chosen", NC_("step", "not chosen"),
	    "niet gekozen|afgewezen|niet aangenomen|afwijzing|"
	    "niet geselecteerd|niet gekozen door werkgever" },
	{ "withdrawn", NC_("step", "withdrawn"),
	    "teruggetrokken|ingetrokken|afgehaakt|zelf afgehaakt|"
	    "trekt zich terug|voordracht ingetrokken" },
};

static const struct vocab_entry target_groups[] = {
	{ "bijstand", NC_("target_group", "social assistance"),
	    "bijstand|participatiewet|pw|p-wet|bijstandsuitkering|"
	    "uitkering participatiewet|pwet|bbz" },
	{ "nug", NC_("target_group", "no benefit (NUG)"),
	    "nug|niet-uitkeringsgerechtigd|niet uitkeringsgerechtigd|"
	    "niet-uitkeringsgerechtigde|nugger|geen uitkering|"
	    "zonder uitkering" },
	{ "ww", NC_("target_group", "unemployment benefit (WW)"),
	    "ww|ww-uitkering|ww uitkering|werkloosheidswet|"
	    "werkloosheidsuitkering|werkloos" },
	{ "wajong", NC_("target_group", "Wajong"),
	    "wajong|wajonger|wajong-uitkering|jonggehandicapt" },
	{ "wsw", NC_("target_group", "sheltered employment (Wsw)"),
	    "wsw|sw|wsw-indicatie|sw-indicatie|sociale werkvoorziening|"
	    "wsw-er|wsw'er|sw-medewerker" },
	{ "beschut", NC_("target_group", "sheltered work"),
	    "beschut|beschut werk|beschutwerk|beschut werken|"
	    "indicatie beschut werk|beschut-werk" },
	{ "statushouder", NC_("target_group", "refugee with a residence "
	    "permit"), "statushouder|statushouders|vergunninghouder|"
	    "asielstatushouder|status houder|nieuwkomer" },
	{ "pro_vso", NC_("target_group", "Pro/VSO school leaver"),
	    "pro/vso|pro-vso|pro|vso|praktijkonderwijs|"
	    "voortgezet speciaal onderwijs|schoolverlater pro|"
	    "schoolverlater vso|schoolverlater pro/vso" },
	{ "overig", NC_("target_group", "other"),
	    "overig|overige|anders|other|geen doelgroep" },
};

static const struct vocab_entry restrictions[] = {
	{ "geen_zwaar_tillen", NC_("restriction", "no heavy lifting"),
	    "geen zwaar tillen|zwaar tillen|niet zwaar tillen|niet tillen|"
	    "geen tillen|tilbeperking|mag niet tillen|niet zwaar" },
	{ "niet_lang_staan", NC_("restriction", "no standing for long"),
	    "niet lang staan|lang staan|niet langdurig staan|"
	    "geen lang staan|kan niet lang staan|geen staand werk" },
	{ "geen_nachtdienst", NC_("restriction", "no night shifts"),
	    "geen nachtdienst|geen nachtdiensten|nachtdienst|nachtdiensten|"
	    "geen nachten|geen nachtwerk|nachtwerk|niet 's nachts" },
	{ "geen_klantcontact", NC_("restriction", "no customer contact"),
	    "geen klantcontact|klantcontact|geen klanten|geen publiek|"
	    "geen contact met klanten|niet met klanten" },
	{ "rustige_omgeving", NC_("restriction", "quiet surroundings"),
	    "rustige omgeving|rustige werkplek|rustig|rust|prikkelarm|"
	    "prikkelarme omgeving|prikkelarme werkplek|geen drukte" },
};

static const struct vocab_entry demands[] = {
	{ "zwaar_tillen", NC_("demand", "heavy lifting"),
	    "zwaar tillen|tillen|veel tillen|fysiek zwaar|lichamelijk zwaar|"
	    "zwaar werk|zwaar lichamelijk werk" },
	{ "lang_staan", NC_("demand", "standing for long"),
	    "lang staan|langdurig staan|veel staan|staand werk|staan" },
	{ "nachtdienst", NC_("demand", "night shifts"),
	    "nachtdienst|nachtdiensten|nachtwerk|nachten|'s nachts werken" },
	{ "klantcontact", NC_("demand", "customer contact"),
	    "klantcontact|klanten|contact met klanten|publiek|"
	    "klantgericht|met klanten" },
	{ "druk", NC_("demand", "pressure of work"),
	    "druk|werkdruk|hoge werkdruk|tijdsdruk|drukte|hectisch|"
	    "drukke omgeving" },
};

static const struct vocab_entry instruments[] = {
	{ "lks", NC_("instrument", "wage cost subsidy"),
	    "lks|loonkostensubsidie|loonkosten subsidie|"
	    "loonkostensubsidie lks|loonwaarde" },
	{ "jobcoach", NC_("instrument", "job coach"),
	    "jobcoach|job coach|job-coach|jobcoaching|"
	    "begeleiding op de werkplek|werkplekbegeleiding" },
	{ "proefplaatsing", NC_("instrument", "trial placement"),
	    "proefplaatsing|proef plaatsing|proefplaats|"
	    "werken met behoud van uitkering" },
	{ "werkervaring", NC_("instrument", "work-experience place"),
	    "werkervaring|werkervaringsplek|werkervaringsplaats|wep|"
	    "werkervaringstraject" },
	{ "no_risk", NC_("instrument", "no-risk policy"),
	    "no-risk|no risk|no-riskpolis|no riskpolis|no risk polis|"
	    "noriskpolis|no-risk polis|norisk" },
	{ "beschut", NC_("instrument", "sheltered work"),
	    "beschut|beschut werk|beschutwerk|beschutte werkplek" },
	{ "leerwerktraject", NC_("instrument", "learning-work programme"),
	    "leerwerktraject|leer-werktraject|leerwerkbaan|leren en werken|"
	    "leerwerk|bbl-traject" },
};

/* The keys of fixtures/reference/education_levels.csv, and none. */
static const struct vocab_entry educations[] = {
	{ "geen", NC_("education", "no education"),
	    "geen|geen opleiding|geen diploma|zonder diploma|nvt opleiding" },
	{ "po_gr1_2", NC_("education", "primary school, groups 1-2"),
	    "groep 1-2|basisschool groep 1-2|kleuterschool|"
	    "basisonderwijs groep 1-2" },
	{ "po_gr3_8", NC_("education", "primary school"),
	    "basis|basisschool|basisonderwijs|lagere school|po|groep 8|"
	    "basisonderwijs groep 3-8" },
	{ "pro", NC_("education", "practical education (Pro)"),
	    "pro|praktijkonderwijs|praktijkschool" },
	{ "vmbo_bb", NC_("education", "VMBO basic track"),
	    "vmbo|vmbo-bb|vmbo bb|vmbo basis|vmbo-basis|vmbo basisberoeps|"
	    "vmbo basisberoepsgericht|basisberoepsgerichte leerweg|"
	    "vmbo-b|vbo|lbo|lts" },
	{ "mbo1", NC_("education", "MBO 1"),
	    "mbo1|mbo 1|mbo-1|mbo niveau 1|entree|entreeopleiding|"
	    "mbo entree|assistentopleiding" },
	{ "vmbo_kb", NC_("education", "VMBO middle-management track"),
	    "vmbo-kb|vmbo kb|vmbo kader|vmbo-kader|kader|"
	    "kaderberoepsgerichte leerweg|vmbo-k" },
	{ "vmbo_gt", NC_("education", "VMBO theoretical track"),
	    "vmbo-gt|vmbo gt|vmbo-tl|vmbo tl|vmbo-gl|vmbo gl|vmbo-t|mavo|"
	    "vmbo theoretisch|vmbo gemengd|theoretische leerweg|"
	    "gemengde leerweg" },
	{ "havo_vwo_onderbouw", NC_("education", "HAVO/VWO first three "
	    "years"), "havo/vwo onderbouw|onderbouw havo|onderbouw vwo|"
	    "havo onderbouw|vwo onderbouw|havo 3|vwo 3" },
	{ "mbo2", NC_("education", "MBO 2"),
	    "mbo2|mbo 2|mbo-2|mbo niveau 2|basisberoepsopleiding|"
	    "mbo 2 basisberoepsopleiding" },
	{ "mbo3", NC_("education", "MBO 3"),
	    "mbo3|mbo 3|mbo-3|mbo niveau 3|vakopleiding|mbo vakopleiding" },
	{ "mbo4_middenkader", NC_("education", "MBO 4"),
	    "mbo4|mbo 4|mbo-4|mbo niveau 4|middenkaderopleiding|"
	    "mbo 4 middenkader|mbo4 middenkader" },
	{ "mbo4_specialist", NC_("education", "MBO 4 specialist"),
	    "mbo 4 specialist|mbo4 specialist|mbo-4 specialist|"
	    "specialistenopleiding|mbo 4 specialistenopleiding" },
	{ "havo", NC_("education", "HAVO"),
	    "havo|havo diploma|havo-diploma" },
	{ "vwo", NC_("education", "VWO"),
	    "vwo|vwo diploma|vwo-diploma|atheneum|gymnasium" },
	{ "ad", NC_("education", "associate degree"),
	    "ad|associate degree|associate-degree|ad-programma" },
	{ "hbo_bachelor", NC_("education", "HBO bachelor"),
	    "hbo|hbo bachelor|hbo-bachelor|bachelor hbo|hogeschool|hbo-diploma" },
	{ "wo_bachelor", NC_("education", "university bachelor"),
	    "wo|wo bachelor|wo-bachelor|bachelor wo|universiteit|"
	    "universitair" },
	{ "hbo_master", NC_("education", "HBO master"),
	    "hbo master|hbo-master|master hbo" },
	{ "wo_master", NC_("education", "university master"),
	    "wo master|wo-master|master wo|master|doctoraal" },
	{ "doctor", NC_("education", "doctorate"),
	    "doctor|gepromoveerd|promotie|phd|dr" },
};

#define LEVEL(l)	"niveau " l "|" l " niveau|erk " l "|nt2 " l "|" \
			"taalniveau " l "|nederlands " l "|cefr " l
static const struct vocab_entry languages[] = {
	{ "A0", NC_("language", "A0 (none)"),
	    LEVEL("a0") "|geen|geen nederlands|spreekt geen nederlands" },
	{ "A1", "A1", LEVEL("a1") },
	{ "A2", "A2", LEVEL("a2") "|inburgeringsniveau" },
	{ "B1", "B1", LEVEL("b1") "|staatsexamen 1|staatsexamen i|"
	    "staatsexamen nt2 1|staatsexamen nt2 i|programma i" },
	{ "B2", "B2", LEVEL("b2") "|staatsexamen 2|staatsexamen ii|"
	    "staatsexamen nt2 2|staatsexamen nt2 ii|programma ii" },
	{ "C1", "C1", LEVEL("c1") },
	{ "C2", "C2", LEVEL("c2") "|moedertaal|nt1|native|"
	    "nederlands moedertaal" },
};
#undef LEVEL

static const struct vocab_entry contracts[] = {
	{ "vast", NC_("contract", "permanent"),
	    "vast|vast contract|vaste aanstelling|vast dienstverband|"
	    "onbepaalde tijd|contract voor onbepaalde tijd|permanent" },
	{ "tijdelijk", NC_("contract", "temporary"),
	    "tijdelijk|tijdelijk contract|bepaalde tijd|"
	    "contract voor bepaalde tijd|jaarcontract|temporary" },
	{ "uitzend", NC_("contract", "agency work"),
	    "uitzend|uitzendwerk|uitzendbureau|via uitzendbureau|"
	    "uitzendcontract|uitzendkracht|uitzenden" },
	{ "detachering", NC_("contract", "secondment"),
	    "detachering|gedetacheerd|detacheren|secondment" },
	{ "proefplaatsing", NC_("contract", "trial placement"),
	    "proefplaatsing|proef plaatsing|proefplaats" },
	{ "werkervaring", NC_("contract", "work-experience place"),
	    "werkervaring|werkervaringsplek|werkervaringsplaats|wep" },
	{ "beschut", NC_("contract", "sheltered work"),
	    "beschut|beschut werk|beschutwerk" },
};

static const struct vocab_entry transports[] = {
	{ "auto", NC_("transport", "car"),
	    "auto|eigen auto|car|eigen vervoer|met de auto" },
	{ "fiets", NC_("transport", "bicycle"),
	    "fiets|e-bike|ebike|elektrische fiets|fietsen|bike|bicycle" },
	{ "ov", NC_("transport", "public transport"),
	    "ov|openbaar vervoer|bus|trein|bus en trein|ov-chipkaart" },
	{ "brommer", NC_("transport", "moped"),
	    "brommer|scooter|snorfiets|bromfiets|snorscooter|moped" },
};

static const struct vocab_entry roles[] = {
	{ "coordinator", NC_("role", "coordinator"),
	    "coordinator|coördinator|coord|voorzitter" },
	{ "recruiter", NC_("role", "recruiter"),
	    "recruiter|consulent|matcher|jobhunter|werkcoach" },
	{ "accountmanager", NC_("role", "account manager"),
	    "accountmanager|account manager|am|werkgeversadviseur|"
	    "werkgeversdienstverlener" },
	{ "viewer", NC_("role", "viewer"),
	    "viewer|meekijker|kijker|lezer|alleen lezen|alleen inzien" },
};

static const struct vocab_entry partner_kinds[] = {
	{ "gemeente", NC_("partner_kind", "municipality"),
	    "gemeente|municipality|sociale dienst|igsd" },
	{ "uwv", NC_("partner_kind", "UWV"), "uwv" },
	{ "sw_bedrijf", NC_("partner_kind", "sheltered-work company"),
	    "sw-bedrijf|sw bedrijf|swbedrijf|sociaal werkbedrijf|werkbedrijf|"
	    "sw|sociale werkvoorziening" },
	{ "overig", NC_("partner_kind", "other"), "overig|anders|other" },
};

#define YES	"ja|j|yes|y|1|x|true|waar|wel|akkoord"
#define NO	"nee|n|no|0|false|onwaar|niet"
static const struct vocab_entry yes_no[] = {
	{ "1", NC_("yes_no", "yes"), YES },
	{ "0", NC_("yes_no", "no"), NO },
};

/* A driving licence B: a yes, or the licence itself (C, D need B). */
static const struct vocab_entry licences[] = {
	{ "1", NC_("yes_no", "yes"), YES "|b|be|rijbewijs|rijbewijs b|"
	    "b-rijbewijs|rijbewijs-b|rijbewijs be|heeft rijbewijs|c|ce|d|de" },
	{ "0", NC_("yes_no", "no"), NO "|geen|geen rijbewijs|geen b|"
	    "zonder rijbewijs|heeft geen rijbewijs" },
};
#undef YES
#undef NO

/* Why someone left the pool (candidate.leave_reason). */
static const struct vocab_entry leave_reasons[] = {
	{ "werk_via_team", NC_("leave_reason", "work through the team"),
	    "werk via team|werk via het team|via het team|via team|"
	    "geplaatst via team|bemiddeld|bemiddeld naar werk|werk via ons|"
	    "via werkgeversdienstverlening" },
	{ "werk_zelf", NC_("leave_reason", "found work on their own"),
	    "werk zelf|zelf werk|zelf werk gevonden|zelf gevonden|"
	    "eigen kracht|werk op eigen kracht|werk eigen kracht" },
	{ "uitkering_beeindigd", NC_("leave_reason", "benefit ended"),
	    "uitkering beeindigd|uitkering beëindigd|uitkering gestopt|"
	    "einde uitkering|uitkering stopgezet|geen uitkering meer" },
	{ "verhuisd", NC_("leave_reason", "moved away"),
	    "verhuisd|verhuizing|vertrokken|uit de regio|buiten de regio|"
	    "naar andere gemeente" },
	{ "opleiding", NC_("leave_reason", "training or education"),
	    "opleiding|studie|scholing|school|onderwijs|gaat studeren" },
	{ "ziek", NC_("leave_reason", "illness"),
	    "ziek|ziekte|ziekgemeld|arbeidsongeschikt|medisch" },
	{ "overig", NC_("leave_reason", "other"),
	    "overig|overige|anders|other|andere reden" },
};

/* The employer's reason a proposal ended not chosen. */
static const struct vocab_entry not_chosen_reasons[] = {
	{ "ervaring", NC_("not_chosen_reason", "experience"),
	    "ervaring|te weinig ervaring|geen ervaring|onvoldoende ervaring|"
	    "werkervaring" },
	{ "taal", NC_("not_chosen_reason", "language"),
	    "taal|taalniveau|nederlands|onvoldoende nederlands|"
	    "taalbeheersing|spreekt te weinig nederlands" },
	{ "uren", NC_("not_chosen_reason", "hours"),
	    "uren|urenaantal|aantal uren|werktijden|rooster|"
	    "beschikbaarheid" },
	{ "reisafstand", NC_("not_chosen_reason", "travel distance"),
	    "reisafstand|afstand|te ver|te ver weg|vervoer|woont te ver" },
	{ "profiel_past_niet", NC_("not_chosen_reason", "profile does not "
	    "fit"), "profiel past niet|profiel|past niet|niet passend|"
	    "geen match|geen klik|geen passend profiel" },
	{ "vacature_vervuld", NC_("not_chosen_reason", "vacancy filled"),
	    "vacature vervuld|vervuld|al vervuld|ander gekozen|"
	    "ander kandidaat gekozen|iemand anders aangenomen" },
	{ "vacature_ingetrokken", NC_("not_chosen_reason", "vacancy "
	    "withdrawn"), "vacature ingetrokken|ingetrokken|"
	    "vacature vervallen|vacature gaat niet door|gaat niet door" },
	{ "geen_reactie", NC_("not_chosen_reason", "no response"),
	    "geen reactie|geen reactie werkgever|niets gehoord|"
	    "geen antwoord|geen terugkoppeling" },
	{ "overig", NC_("not_chosen_reason", "other"),
	    "overig|overige|anders|other|andere reden" },
};

/* The candidate's reason a proposal ended withdrawn. */
static const struct vocab_entry withdrawn_reasons[] = {
	{ "geen_interesse", NC_("withdrawn_reason", "not interested"),
	    "geen interesse|geen zin|niet geinteresseerd|"
	    "niet geïnteresseerd|interesse verloren|wil niet" },
	{ "ander_werk", NC_("withdrawn_reason", "other work"),
	    "ander werk|andere baan|ander werk gevonden|werk gevonden|"
	    "elders aan het werk|elders aangenomen" },
	{ "ziek", NC_("withdrawn_reason", "illness"),
	    "ziek|ziekte|ziekgemeld|medisch" },
	{ "reistijd", NC_("withdrawn_reason", "travel time"),
	    "reistijd|te lange reistijd|reizen te lang|te lang reizen|"
	    "te ver reizen" },
	{ "overig", NC_("withdrawn_reason", "other"),
	    "overig|overige|anders|other|andere reden" },
};

/* Who pays for jobcoaching. */
static const struct vocab_entry jobcoach_payers[] = {
	{ "gemeente", NC_("jobcoach_payer", "municipality"),
	    "gemeente|municipality|sociale dienst|igsd" },
	{ "uwv", NC_("jobcoach_payer", "UWV"), "uwv" },
	{ "werkgever", NC_("jobcoach_payer", "employer"),
	    "werkgever|employer|bedrijf|de werkgever" },
	{ "sw_bedrijf", NC_("jobcoach_payer", "sheltered-work company"),
	    "sw-bedrijf|sw bedrijf|swbedrijf|sociaal werkbedrijf|werkbedrijf|"
	    "sw" },
	{ "overig", NC_("jobcoach_payer", "other"),
	    "overig|overige|anders|other" },
};

/* A contact with an employer (contact.h); the codes are Dutch. */
static const struct vocab_entry contact_types[] = {
	{ "bezoek", NC_("contact_type", "visit"),
	    "bezoek|werkgeversbezoek|bedrijfsbezoek|op bezoek|langs geweest|"
	    "visit|werkbezoek" },
	{ "telefoon", NC_("contact_type", "phone call"),
	    "telefoon|telefonisch|gebeld|bellen|telefoongesprek|call|phone|"
	    "tel" },
	{ "mail", NC_("contact_type", "e-mail"),
	    "mail|e-mail|email|gemaild|mailen|e-mailbericht|mailtje" },
	{ "overleg", NC_("contact_type", "meeting"),
	    "overleg|vergadering|bijeenkomst|netwerkbijeenkomst|meeting|"
	    "teams|videogesprek|werkgeversontbijt" },
};

/*
 * What an employer told us (contact.h): the five the labour-market round
 * counts; a contact may carry free words too, which are no code here.
 */
static const struct vocab_entry contact_tags[] = {
	{ "krapte", NC_("contact_tag", "labour shortage"),
	    "krapte|tekort|personeelstekort|moeilijk vervulbaar|"
	    "vacatures moeilijk vervulbaar|shortage|krap" },
	{ "uitbreiding", NC_("contact_tag", "growth"),
	    "uitbreiding|groei|groeit|uitbreiden|nieuwe vestiging|expansion|"
	    "growth" },
	{ "krimp", NC_("contact_tag", "shrinking"),
	    "krimp|inkrimping|reorganisatie|ontslag|ontslagen|minder werk|"
	    "boventallig|shrinking" },
	{ "scholing", NC_("contact_tag", "training"),
	    "scholing|opleiding|opleiden|omscholing|bbl|training|"
	    "leerwerkplek" },
	{ "inclusief", NC_("contact_tag", "inclusive employer"),
	    "inclusief|inclusief werkgeverschap|inclusive|sociaal ondernemen|"
	    "sociaal werkgeverschap|psw|participatie" },
};

/* UWV's bands of the tension on the labour market (supply.h). */
static const struct vocab_entry tension_bands[] = {
	{ "ruim", NC_("tension_band", "slack"),
	    "ruim|ruime markt|overschot|slack" },
	{ "gemiddeld", NC_("tension_band", "average"),
	    "gemiddeld|normaal|average" },
	{ "krap", NC_("tension_band", "tight"), "krap|krapte|tight" },
	{ "zeer_krap", NC_("tension_band", "very tight"),
	    "zeer krap|heel krap|erg krap|very tight" },
};

struct set {
	const char			*name;
	const struct vocab_entry	*e;
	size_t				 n;
	const char *const		*schema;	/* validate.h's list */
};

#define SET(a, s)	a, sizeof(a) / sizeof(a[0]), s
static const struct set sets[VOCAB_NSETS] = {
	[VOCAB_VACANCY_STATUS] = { "vacancy_status", SET(vacancy_statuses,
	    validate_vacancy_statuses) },
	[VOCAB_CANDIDATE_STATUS] = { "candidate_status",
	    SET(candidate_statuses, validate_candidate_statuses) },
	[VOCAB_STEP] = { "step", SET(steps, NULL) },
	[VOCAB_TARGET_GROUP] = { "target_group", SET(target_groups,
	    validate_target_groups) },
	[VOCAB_RESTRICTION] = { "restriction", SET(restrictions,
	    validate_restrictions) },
	[VOCAB_DEMAND] = { "demand", SET(demands, validate_demands) },
	[VOCAB_INSTRUMENT] = { "instrument", SET(instruments,
	    validate_instruments) },
	[VOCAB_EDUCATION] = { "education", SET(educations, NULL) },
	[VOCAB_LANGUAGE] = { "language", SET(languages, NULL) },
	[VOCAB_CONTRACT] = { "contract", SET(contracts, validate_contracts) },
	[VOCAB_TRANSPORT] = { "transport", SET(transports,
	    validate_transport_modes) },
	[VOCAB_ROLE] = { "role", SET(roles, NULL) },
	[VOCAB_PARTNER_KIND] = { "partner_kind", SET(partner_kinds,
	    validate_partner_kinds) },
	[VOCAB_YESNO] = { "yes_no", SET(yes_no, NULL) },
	[VOCAB_LICENCE] = { "driving_licence", SET(licences, NULL) },
	[VOCAB_LEAVE_REASON] = { "leave_reason", SET(leave_reasons,
	    validate_leave_reasons) },
	[VOCAB_NOT_CHOSEN_REASON] = { "not_chosen_reason",
	    SET(not_chosen_reasons, NULL) },
	[VOCAB_WITHDRAWN_REASON] = { "withdrawn_reason",
	    SET(withdrawn_reasons, NULL) },
	[VOCAB_JOBCOACH_PAYER] = { "jobcoach_payer", SET(jobcoach_payers,
	    NULL) },
	[VOCAB_CONTACT_TYPE] = { "contact_type", SET(contact_types,
	    validate_contact_types) },
	[VOCAB_CONTACT_TAG] = { "contact_tag", SET(contact_tags, NULL) },
	[VOCAB_TENSION_BAND] = { "tension_band", SET(tension_bands, NULL) },
};
#undef SET

static const struct set *
set_of(enum vocab_set s)
{
	return s > VOCAB_NONE && s < VOCAB_NSETS ? &sets[s] : NULL;
}

const char *
vocab_set_name(enum vocab_set s)
{
	const struct set	*t = set_of(s);

	return t != NULL ? t->name : NULL;
}

const struct vocab_entry *
vocab_entries(enum vocab_set s, size_t *n)
{
	const struct set	*t = set_of(s);

	*n = t != NULL ? t->n : 0;
	return t != NULL ? t->e : NULL;
}

const char *
vocab_entry_word(enum vocab_set s, const struct vocab_entry *e)
{
	(void)s;
	return i18n_ctx(e->word);
}

static const struct vocab_entry *
find_code(const struct set *t, const char *code)
{
	size_t	i;

	for (i = 0; t != NULL && code != NULL && i < t->n; i++)
		if (strcmp(t->e[i].code, code) == 0)
			return &t->e[i];
	return NULL;
}

const char *
vocab_word(enum vocab_set s, const char *code)
{
	const struct vocab_entry	*e = find_code(set_of(s), code);

	if (e != NULL)
		return i18n_ctx(e->word);
	return code != NULL ? code : "";
}

/* Append s to buf at *o, cut between two characters when it is full. */
static void
append(char *buf, size_t len, size_t *o, const char *s)
{
	size_t		n = strlen(s), step;
	uint32_t	cp;

	if (*o + 1 >= len)
		return;
	if (*o + n + 1 > len) {
		for (n = 0; (step = text_decode(s + n, strlen(s + n), &cp)) >
		    0 && *o + n + step + 1 <= len;)
			n += step;
	}
	memcpy(buf + *o, s, n);
	*o += n;
	buf[*o] = '\0';
}

char *
vocab_words(enum vocab_set s, const char *list, const char *sep, char *buf,
    size_t len)
{
	char		 item[128], pct[48];
	const char	*p, *bar, *colon;
	size_t		 o = 0, n;

	if (len == 0)
		return buf;
	buf[0] = '\0';
	for (p = list; p != NULL && *p != '\0'; p = bar ? bar + 1 : NULL) {
		while (*p == ' ')
			p++;
		bar = strpbrk(p, "|,");
		n = bar ? (size_t)(bar - p) : strlen(p);
		snprintf(item, sizeof(item), "%.*s", (int)n, p);
		if (o > 0)
			append(buf, len, &o, sep);
		colon = s == VOCAB_INSTRUMENT ? strchr(item, ':') : NULL;
		if (colon != NULL) {
			item[colon - item] = '\0';
			snprintf(pct, sizeof(pct), " %s%%", colon + 1);
		} else
			pct[0] = '\0';
		append(buf, len, &o, vocab_word(s, item));
		append(buf, len, &o, pct);
	}
	return buf;
}

/*
 * Typed text as it is compared: lower case, accents off (é -> e), and
 * no blanks, hyphens, underscores, dots, slashes or apostrophes.
 */
static void
fold(const char *s, char *out, size_t len)
{
	static const char latin1[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty";
	const unsigned char	*p = (const unsigned char *)s;
	size_t			 o = 0;

	for (; *p != '\0' && o + 1 < len; p++) {
		if (strchr(" \t-_./'", *p) != NULL)
			continue;
		if (*p == 0xc3 && p[1] >= 0x80 && p[1] <= 0xbf) {
			/* U+00C0..U+00FF: the base letter. */
			out[o++] = latin1[(p[1] - 0x80) & 0x1f];
			p++;
		} else if (*p == 0xc2 && p[1] == 0xa0)
			p++;		/* a no-break space */
		else
			out[o++] = (char)tolower(*p);
	}
	out[o] = '\0';
}

void
vocab_fold(const char *s, char *out, size_t len)
{
	fold(s, out, len);
}

const char *
vocab_fold_next(const char *list, char *out, size_t len)
{
	const char	*bar = strchr(list, '|');
	char		 one[FOLD_MAX];
	size_t		 n = bar != NULL ? (size_t)(bar - list) : strlen(list);

	if (n >= sizeof(one))
		n = sizeof(one) - 1;
	memcpy(one, list, n);
	one[n] = '\0';
	fold(one, out, len);
	return bar != NULL ? bar + 1 : NULL;
}

/* Calls f(entry, folded candidate, arg) for every spelling of the set;
 * stops when f returns nonzero. */
static const struct vocab_entry *
each_spelling(const struct set *t, int (*f)(const struct vocab_entry *,
    const char *, void *), void *arg)
{
	char		 buf[FOLD_MAX];
	const char	*a, *word;
	size_t		 i;

	for (i = 0; i < t->n; i++) {
		const struct vocab_entry *e = &t->e[i];

		fold(e->code, buf, sizeof(buf));
		if (f(e, buf, arg))
			return e;
		word = strchr(e->word, '\004');
		fold(word != NULL ? word + 1 : e->word, buf, sizeof(buf));
		if (f(e, buf, arg))
			return e;
		fold(i18n_ctx(e->word), buf, sizeof(buf));
		if (f(e, buf, arg))
			return e;
		for (a = e->aliases; a != NULL && *a != '\0'; ) {
			a = vocab_fold_next(a, buf, sizeof(buf));
			if (f(e, buf, arg))
				return e;
		}
	}
	return NULL;
}

static int
same(const struct vocab_entry *e, const char *cand, void *arg)
{
	(void)e;
	return *cand != '\0' && strcmp(cand, (const char *)arg) == 0;
}

const char *
vocab_code(enum vocab_set s, const char *typed)
{
	const struct set		*t = set_of(s);
	const struct vocab_entry	*e;
	char				 f[FOLD_MAX];

	if (t == NULL || typed == NULL || strlen(typed) >= FOLD_MAX)
		return NULL;
	fold(typed, f, sizeof(f));
	if (f[0] == '\0')
		return NULL;
	e = each_spelling(t, same, f);
	return e != NULL ? e->code : NULL;
}

/* Edit distance of two short folded strings. */
static size_t
distance(const char *a, const char *b)
{
	size_t	la = strlen(a), lb = strlen(b), i, j, prev, cur, tmp;
	size_t	row[FOLD_MAX + 1];

	if (la >= FOLD_MAX || lb >= FOLD_MAX)
		return FOLD_MAX;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		prev = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			cur = row[j];
			tmp = prev + (a[i - 1] != b[j - 1]);
			if (row[j] + 1 < tmp)
				tmp = row[j] + 1;
			if (row[j - 1] + 1 < tmp)
				tmp = row[j - 1] + 1;
			row[j] = tmp;
			prev = cur;
		}
	}
	return row[lb];
}

struct close {
	const char			*typed;		/* folded */
	const struct vocab_entry	*e[CLOSE_MAX];
	size_t				 d[CLOSE_MAX], n;
};

/* Keep the closest entries, each once. */
static int
near(const struct vocab_entry *e, const char *cand, void *arg)
{
	struct close	*c = arg;
	size_t		 tl = strlen(c->typed), d, i, worst;

	if (*cand == '\0')
		return 0;
	d = distance(c->typed, cand);
	/* A typed beginning of a longer word is close too ("bijst"). */
	if (tl >= 3 && strncmp(cand, c->typed, tl) == 0 && d > 1)
		d = 1;
	if (d > (tl <= 4 ? 1 : tl <= 8 ? 2 : 3))
		return 0;
	for (i = 0; i < c->n; i++)
		if (c->e[i] == e) {
			if (d < c->d[i])
				c->d[i] = d;
			return 0;
		}
	if (c->n < CLOSE_MAX) {
		c->e[c->n] = e;
		c->d[c->n++] = d;
		return 0;
	}
	for (worst = 0, i = 1; i < c->n; i++)
		if (c->d[i] > c->d[worst])
			worst = i;
	if (d < c->d[worst]) {
		c->e[worst] = e;
		c->d[worst] = d;
	}
	return 0;
}

enum wb_status
vocab_parse(enum vocab_set s, const char *typed, const char **code, char *err,
    size_t errlen)
{
	const struct set	*t = set_of(s);
	struct close		 c;
	char			 f[FOLD_MAX], list[400], shown[48], *clean;
	size_t			 o = 0, i, j;

	if ((*code = vocab_code(s, typed)) != NULL)
		return WB_OK;
	if (t == NULL) {
		snprintf(err, errlen, "%s", _("unknown"));
		return WB_INVALID;
	}
	fold(typed, f, sizeof(f));
	memset(&c, 0, sizeof(c));
	c.typed = f;
	if (strlen(typed) < FOLD_MAX && f[0] != '\0')
		each_spelling(t, near, &c);
	/* Closest first. */
	for (i = 1; i < c.n; i++)
		for (j = i; j > 0 && c.d[j] < c.d[j - 1]; j--) {
			const struct vocab_entry *te = c.e[j];
			size_t td = c.d[j];

			c.e[j] = c.e[j - 1];
			c.d[j] = c.d[j - 1];
			c.e[j - 1] = te;
			c.d[j - 1] = td;
		}
	list[0] = '\0';
	for (i = 0; i < (c.n > 0 ? c.n : t->n); i++) {
		const struct vocab_entry *e = c.n > 0 ? c.e[i] : &t->e[i];

		if (i > 0)
			append(list, sizeof(list), &o, i + 1 == (c.n > 0 ?
			    c.n : t->n) ? _(" or ") : ", ");
		append(list, sizeof(list), &o, i18n_ctx(e->word));
	}
	/* The typed text quoted: made harmless, cut at 40 bytes. */
	clean = text_sanitize(typed);
	o = 0;
	shown[0] = '\0';
	append(shown, strlen(clean) > 40 ? 38 : sizeof(shown), &o, clean);
	if (strlen(clean) > 40)
		append(shown, sizeof(shown), &o, "...");
	free(clean);
	if (c.n > 0)
		snprintf(err, errlen, _("'%s' is not one of the choices: did "
		    "you mean %s?"), shown, list);
	else
		snprintf(err, errlen, _("'%s' is not one of the choices: %s"),
		    shown, list);
	return WB_INVALID;
}

enum vocab_set
vocab_set_of(const char *const *codes)
{
	int	i;

	for (i = VOCAB_NONE + 1; codes != NULL && i < VOCAB_NSETS; i++)
		if (sets[i].schema == codes)
			return (enum vocab_set)i;
	return VOCAB_NONE;
}
