/**
 * The formula types the domain computes with. They are inferred from the content schema in
 * `src/schema/formula.ts`, the one description of an indicator's formula, unit and polarity.
 * Type-only: nothing of zod reaches the browser through this module.
 */
export type {
  Quantity,
  FixedQuantity,
  PercentageFormula,
  RatioFormula,
  SumFormula,
  CountFormula,
  ScoreFormula,
  IkmFormula,
  SakipFormula,
  FormulaDefinition,
  FormulaKind,
  Satuan,
  Polarity,
} from '../../schema/formula';
