export type {
  DeloadRule,
  Method,
  MethodDay,
  MethodSlot,
  SlotConstraints,
  SlotPrescription,
} from "./types.ts";
