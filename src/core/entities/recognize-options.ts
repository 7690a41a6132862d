/**
 * How much to mark. The app highlights names, flat; annotated corpora also mark names inside names
 * ("Армении" in "Следственного комитета Армении", "Texas" in "University of Texas") and, in NEREL's
 * convention, country adjectives and organisations named by a common noun ("полиция").
 */
export interface RecognizeOptions {
  readonly nested?: boolean;
  readonly placeAdjectives?: boolean;
  readonly commonNounOrgs?: boolean;
  /**
   * factRuEval's convention: an organisation's name stops before the country or city it belongs to
   * ("Министерства сельского хозяйства" + "Германии"), where NEREL and the app keep them together.
   */
  readonly placeOutsideOrg?: boolean;
  /** NEREL's: a legal form or an agency's prefix before a quoted name is part of it (ООО "МНКТ", РИА "Новости"). */
  readonly legalFormInOrg?: boolean;
  /** NEREL's: a body named as part of another also makes one mention around both. */
  readonly chainedOrgs?: boolean;
  /**
   * NEREL's and factRuEval's: a platform someone posted on ("написал в Твиттере") is where the words
   * appeared, no organisation. The app links it to the company, as it does the English "on Twitter".
   */
  readonly platformsAsPlaces?: boolean;
  /** factRuEval's too: the Internet is an organisation ("в Интернете"). */
  readonly internetAsOrg?: boolean;
  /** factRuEval's too: an agency's prefix stands outside its name (РИА | «Новости», ИА | Regnum). */
  readonly prefixOutsideOrg?: boolean;
  /** factRuEval's too: a place adjective before a body's name is part of it ("японского МИДа"). */
  readonly placeAdjectiveInOrg?: boolean;
  /**
   * NEREL's: a model of a car, an aircraft or a weapon is a product, its maker's name inside it no
   * organisation ("Toyota Camry", "водитель Hyundai"); the app links the maker to the company.
   */
  readonly wholeModels?: boolean;
  /** GUM's: in a match report a country that plays is its team, an organisation ("Sweden defeated Panama"). */
  readonly teamsAsOrgs?: boolean;
  /** GUM's too: a post alone ("the President") and a group by a plural (Americans, Democrats) are persons. */
  readonly titlesAndGroups?: boolean;
}

/** NEREL's convention, as the eval reads its data sets with it. */
export const nerelOptions: RecognizeOptions = {
  nested: true,
  placeAdjectives: true,
  commonNounOrgs: true,
  chainedOrgs: true,
  legalFormInOrg: true,
  platformsAsPlaces: true,
  wholeModels: true,
};
