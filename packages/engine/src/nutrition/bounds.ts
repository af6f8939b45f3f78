/**
 * The limits no nutrition target crosses, in one place so targets, carb periodisation and proposals
 * share them.
 */

export const NUTRITION_BOUNDS = {
  /**
   * Energy floor by sex: low-calorie diets are 1,000-1,200 kcal/day for women and 1,200-1,600 for
   * men (NHLBI Practical Guide, 2000; Obesity Medicine Association algorithm 2024); below 800 only
   * under medical supervision. The floor takes the upper end for women and the middle for men; "other"
   * takes the men's value, the higher of the two.
   */
  minKcal: { female: 1200, male: 1500, other: 1500 },
  /** And never below 75% of resting energy (a practitioner heuristic, applied on top of the floor). */
  minKcalRmrFraction: 0.75,
  /**
   * Fastest planned loss: 1.0% of body weight a week; 0.5-1.0%/week preserves lean mass (Helms,
   * Aragon & Fitschen, J Int Soc Sports Nutr 2014;11:20; Garthe et al., Int J Sport Nutr Exerc Metab
   * 2011;21:97-104).
   */
  maxLossPctPerWeek: 1.0,
  defaultLossPctPerWeek: 0.5,
  /** Lean-gain surplus: ~0.25%/week, at most 0.5%/week (Helms et al. 2014 for slow gain). */
  defaultGainPctPerWeek: 0.25,
  maxGainPctPerWeek: 0.5,
  /**
   * kcal per kg of body-weight change. Wishnofsky's 7,700 kcal/kg (1958) assumes adipose tissue and
   * overestimates long-term loss (Hall KD et al., Lancet 2011;378:826-837); it is acceptable for the
   * 2-4 week back-calculations and weekly deficits used here, never for long-range forecasts.
   */
  kcalPerKg: 7700,
  /** Dietary Reference Intakes (IOM 2005): carbohydrate RDA 130 g/day; fibre 14 g per 1,000 kcal. */
  carbRdaG: 130,
  fibrePer1000Kcal: 14,
  /**
   * Fat floor: max(0.5 g/kg, 20% of energy). 20% is the AMDR lower limit athletes should not stay
   * below (Thomas, Erdman & Burke, J Acad Nutr Diet 2016;116:501-528); 0.5 g/kg is a practitioner
   * heuristic. The default fat target is 25% of energy, never below the floor.
   */
  fatFloorGPerKg: 0.5,
  fatFloorEnergyFraction: 0.2,
  fatTargetEnergyFraction: 0.25,
} as const;

/** Daily kcal for a change of `pctPerWeek` % of `weightKg` a week (negative = deficit). */
export const kcalPerDayForRate = (weightKg: number, pctPerWeek: number) =>
  ((pctPerWeek / 100) * weightKg * NUTRITION_BOUNDS.kcalPerKg) / 7;
