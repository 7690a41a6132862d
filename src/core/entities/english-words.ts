/** The English word lists the English rules read names by. */
import { companyForms } from './cue-words';

/** A set of the words a list written as one string holds, split on white space. */
export const list = (s: string): ReadonlySet<string> => new Set(s.split(/\s+/).filter(Boolean));

/** Posts and forms of address: the capitalised words after one are a person's name. */
export const englishTitles = list(`
  president presidents prime minister ministers premier chairman chairwoman chair head heads director
  general secretary ambassador governor mayor king queen prince princess senator deputy speaker spokesman
  spokeswoman spokesperson chancellor pope ceo mr mrs ms miss dr sir lord lady judge justice commissioner
  sheikh emir sultan vice chief executive pm colonel captain lieutenant sergeant professor prof rev
  reverend bishop archbishop cardinal rabbi imam coach gen sen sens rep reps gov govs akim khokim hokim
  leader founder chairperson president-elect vice-president ex-president former late officer agent
  detective inspector superintendent counsellor counselor adviser advisor aide envoy representative
  administrator commander mp mep msp mla td qc kc det insp supt sgt cllr councillor lt col maj capt cpl
  adm brig cmdr prosecutor procurator rector vice-rector dean ombudsman ombudswoman consul mufti patriarch`);
/** Words that make a post out of "Minister of …", "Head of …": never a name on their own. */
export const portfolio = list(`
  state government foreign affairs defence defense finance justice health education economy interior
  internal agriculture energy culture transport trade industry labour labor emergency situations national
  economic development digital information social protection ecology security environment statistics
  immigration tourism sport sports integration commerce communications investment investments science
  higher youth water resources natural irrigation emergencies healthcare management innovation innovations
  aerospace employment poverty reduction construction housing utilities academic research mines mining
  petroleum the`);
export const demonyms = list(`
  kazakh kazakhstani russian tatar american british english french german chinese japanese korean uzbek
  tajik turkmen kyrgyz kirghiz ukrainian belarusian georgian armenian azerbaijani turkish iranian afghan
  pakistani indian european asian african arab arabic israeli palestinian syrian iraqi egyptian italian
  spanish polish dutch swiss swedish norwegian danish finnish greek czech mongolian canadian australian
  mexican brazilian soviet western eastern northern southern central islamic muslim christian jewish
  catholic orthodox sunni shia republican democratic democrat conservative liberal indonesian malaysian
  thai vietnamese filipino bangladeshi burmese nepali nepalese sri lankan saudi emirati qatari kuwaiti
  jordanian lebanese yemeni omani bahraini libyan tunisian moroccan algerian nigerian kenyan ethiopian
  somali sudanese ghanaian argentine argentinian chilean colombian peruvian venezuelan cuban portuguese
  irish scottish welsh belgian austrian hungarian romanian bulgarian serbian croatian slovenian slovak
  lithuanian latvian estonian moldovan icelandic taiwanese panamanian mexican hindu buddhist sikh kurdish
  pashtun persian hispanic latino latina rohingya uyghur uighur kurd hazara yazidi tamil tutsi hutu druze
  baloch chechen ossetian abkhaz circassian bashkir maori inuit berber bedouin alawite spaniard briton
  brit scot dane swede pole turk serb croat`);

/**
 * A member of a people, a side or a movement, lower-cased: "Spaniard", "Tory Brexiteer", "Marxist",
 * "Georgian". Before a person's name it is no part of it.
 */
export const isMemberWord = (low: string): boolean => demonyms.has(low) || /(?:ist|ian|eer)$/.test(low);
/**
 * A state's houses and government, which a post after the word alone names ("Senate Chairman"), and
 * which "and" joins as two bodies ("the Senate and Congress").
 */
export const stateHouses: ReadonlySet<string> = new Set([
  'senate',
  'parliament',
  'government',
  'cabinet',
  'congress',
]);

export const orgHeads = list(`
  ministry department university bank agency council committee commission institute association federation
  union party court embassy organization organisation foundation fund academy college school church
  army navy police service board authority corporation company group parliament senate congress assembly
  cabinet club team airlines airways bureau society network news times post journal
  radio television tv office administration secretariat directorate inspectorate guard forces corps
  league alliance coalition movement front council brotherhood force lab laboratory laboratories
  municipality magazine newspaper gazette herald tribune chronicle telegraph courier inquirer examiner weekly
  consortium exchange akimat maslikhat consulate philharmonic orchestra chamber`);
export const orgSuffixes = new Set([
  ...orgHeads,
  ...companyForms,
  ...list(
    'holdings enerji motors media energy systems technologies international oil gas co org government records studios pictures entertainment models',
  ),
]);

/** "Island Records", "Ford Models": the last word of a body's name, whatever the words before it. */
export const isOrgSuffix = (word: string): boolean => orgSuffixes.has(word.toLowerCase());
export const placeWords = list(`
  republic kingdom city region province oblast district county river lake mountains mount mountain island
  islands plains street avenue square valley bay sea ocean gulf peninsula desert strait canal park village town
  state territory road lane boulevard highway pass gorge plateau steppe basin delta peak canyon okrug`);
/**
 * Last words of places that are surnames too (Chapel Hill, Ross Ice Shelf): a place unless a given
 * name opens the name and no word before the last is a common word (Christopher Hill).
 */
export const placeTails = list(
  'hill hills springs falls heights creek beach harbour harbor cove ridge shelf glacier',
);
/** Documents: "the Gabala Declaration", "the Treaty of Versailles" name no body, place or person. */
export const documentNouns = list(
  'declaration agreement treaty convention charter accord accords memorandum protocol pact communique',
);
/** Ships and spacecraft: the capitalised word after one is the craft's name. */
export const craftNouns = list(
  'ship vessel shuttle spacecraft orbiter probe submarine frigate destroyer yacht ferry tanker warship',
);
/** Buildings and sites: places where people go, not bodies that act (Kennedy Space Center, Grand Mosque). */
export const facilityWords = list(`
  center centre museum hospital mosque cathedral hall station tower towers airport stadium bridge palace
  temple memorial arena plaza base complex hotel planetarium`);
/** Foreign words for a site that open its name: Masjid al-Haram, Wat Pho. */
export const facilityFirst = list('masjid wat');
export const eventHeads = list(`
  forum summit conference games olympics olympiad championship cup festival expo exhibition war revolution
  election elections congress tournament marathon biennale week paralympics carnival jubilee cyclone
  hurricane typhoon storm operation cups`);
/**
 * Last words of a scheme's name: a programme, a study or a project someone runs is no body
 * (Andy Warhol Photographic Legacy Program, Australian National Iodine Nutrition Study).
 */
export const schemeHeads = list('program programme study survey project initiative');
/** Military units, named by an ordinal: the 501st Legion, the 82nd Airborne Division. */
export const unitWords = list(
  'legion brigade regiment division battalion squadron fleet army corps wing flotilla',
);
export const calendar = list(`
  january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday jan feb mar apr jun jul aug sep sept oct nov dec`);
/** A newspaper named after its city: Toronto Star, Baltimore Sun, Edmonton Journal. */
export const cityPaperHeads = list(
  'star sun mail express standard post times journal news observer paper press daily record globe telegraph mirror herald',
);

/** "Sunday Times", "Sunday Telegraph": a day of the week before a paper's word names the paper. */
export const isPaperOfDay = (low: string, nextLow: string): boolean =>
  calendar.has(low) && cityPaperHeads.has(nextLow);
export const placeSuffix = /(?:stan|land|ia)$/i;
/** Words ending like a country that name a notion: Islamophobia, Wikipedia. */
export const notionSuffix = /(?:phobia|philia|mania|pedia)$/i;
export const abbreviatedTitles = list('mr mrs ms dr gen sen rep gov prof rev st lt col sgt capt');
/** Saints the English names of churches, schools and days are most often named after (St. Martin's). */
export const saints = list(`
  peter paul john james andrew martin mary mark luke matthew thomas george patrick michael francis joseph
  stephen nicholas anne catherine augustine benedict bartholomew jude simon philip anthony vincent
  lawrence margaret elizabeth david dunstan giles agnes bride brigid columba cuthbert swithin valentine
`);
/**
 * Plural nouns whose possessive stands inside a body's name: "Children's Hospital", "People's Bank of
 * China", "Workers' Party", "Department of Veterans' Affairs".
 */
export const possessiveNameWords = list(`
  children women men people peoples workers veterans farmers citizens teachers nurses soldiers mothers
  writers journalists lawyers doctors students miners pensioners consumers taxpayers voters patients
  parents martyrs officers sailors seamen employers boys girls ladies
`);
export const connectors = list('of for the de da del van von der bin al ibn la le du kazhy qazhy and &');
export const nameJoiners = list('of for the and &');
/** The faiths, which some parents give as a name too (Islam). */
export const faiths = list(`
  islam christianity buddhism judaism hinduism taoism shinto sikhism jainism zoroastrianism catholicism
  protestantism orthodoxy tengrism`);
/** Words after a body's head word that lead on to what it is of ("Bank of England", "Council on Foreign Relations"). */
export const headConnectors = list('of for on');
/** Abbreviations of things and notions, not of bodies: time zones ("10:15 BST") and illnesses too. */
export const commonAcronyms = list(`
  dna rna hiv aids tv ceo cfo gdp usb pdf url dvd cd pc ai it vr ar gps sms faq diy ok am pm ad bc
  iq lgbt covid sars mers atm suv gmt utc html css xml pov vip gnp irc rov ufo pin id isbn led
  qc kc sc mbe obe cbe kbe frs bst est edt cst cdt mst mdt pst pdt cet cest eet eest aest jst hkt
  ptsd adhd ocd mri icu vat gst`);
export const speechVerbs = list(
  'said says told added explained stated noted wrote argued asked replied insisted claimed',
);
export const placePrepositions = list('in near across throughout');
/** Words that open sentences with a capital and never start a name. */
export const sentenceOpeners = list(`
  the a an this that these those his her their our my its your we i he she it they you yesterday today
  tomorrow however meanwhile according after before during in on at when while although though since as
  if but and also then now last next earlier later following despite with without for from by under over
  many some most all both each every several other another such only even so still yet what who why how
  where which there here one two three four five once thus instead nevertheless furthermore moreover
  overall currently recently finally first second third asked speaking`);
/**
 * Prepositions, auxiliaries and verbs of saying that a headline in title case capitalises like every
 * other word ("Meets With", "Statement On Ukraine"); the connectors above are read so there too.
 */
export const headlineLowerWords = list(`
  with without within amid amidst among from into onto over under after before about above below
  across against toward towards despite during until since than at as in to by up off out via vs is
  are was were be been being has have had does did says said on`);
/** First words of multi-word place names. */
export const placeFirst = list(
  'new north south east west san santa los las fort port saint st mount lake cape upper lower greater',
);

export const bigPlace = 200_000;

export const surnameEnding =
  /(?:ov|ev|yev|in|yn|sky|skiy|ski|enko|yan|uly|ova|eva|yeva|ina|skaya|shvili|dze|bekov|bayev|baev)$/i;
export const articles = list('the a an this that these those');

/** Fields of work a centre is named after when it is an institution: Research Center, Policy Centre. */
export const fieldsOfCentres = list(`
  research studies policy political strategic analytical analysis scientific information training
  innovation development cooperation coordination monitoring`);
