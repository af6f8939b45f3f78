import type { ClientProfileInput } from "@spotter/contracts";
import type { Equipment } from "@spotter/engine";

const FULL_GYM: Equipment[] = [
  "barbell",
  "squat_rack",
  "bench",
  "dumbbells",
  "kettlebells",
  "cable",
  "machines",
  "pullup_bar",
  "dip_station",
  "bands",
  "box",
  "sled",
  "rower",
  "bike",
  "treadmill",
  "landmine",
  "trap_bar",
  "ab_wheel",
  "foam_roller",
  "mat",
];
const HOME_DB: Equipment[] = ["dumbbells", "bench", "bands", "mat", "pullup_bar"];
const HOME_MIN: Equipment[] = ["bands", "mat", "jump_rope"];
const HOTEL: Equipment[] = ["dumbbells", "treadmill", "bike", "mat"];
const KB_HOME: Equipment[] = ["kettlebells", "bands", "mat", "suspension_trainer"];

const gym = { id: "gym", name: "Commercial gym", equipment: FULL_GYM };
const home = (equipment: Equipment[]) => ({ id: "home", name: "Home", equipment });
const hotel = { id: "hotel", name: "Hotel gym", equipment: HOTEL };

export type DemoClient = { name: string; email: string; status?: "active" | "archived"; profile: ClientProfileInput };

const p = (
  primary: ClientProfileInput["goals"]["primary"],
  trainingAgeMonths: number,
  schedule: [number, number],
  extra: Partial<ClientProfileInput> = {},
): ClientProfileInput => ({
  goals: { primary, secondary: [] },
  trainingAgeMonths,
  locations: [gym],
  defaultLocationId: "gym",
  schedule: { daysPerWeek: schedule[0], sessionMinutes: schedule[1], preferredDays: [] },
  // Every demo client completed the PAR-Q+ (all "no" unless a persona says otherwise): the server
  // gates clients without a screen.
  screening: {
    heartCondition: false,
    chestPainActivity: false,
    dizzinessOrFainting: false,
    diagnosedChronicCondition: false,
    prescribedMedication: false,
    boneJointProblem: false,
    medicallySupervisedOnly: false,
    conditions: [],
  },
  ...extra,
});

const rm = (exerciseId: string, loadKg: number, reps: number) => ({ exerciseId, loadKg, reps, date: "2026-10-01" });

/** 18 varied clients: beginner to advanced, every goal, injuries, home/gym/hotel, 2-6 days a week. */
export const DEMO_CLIENTS: DemoClient[] = [
  {
    name: "Maya Chen",
    email: "maya.chen@demo.spotter.local",
    profile: p("strength", 48, [4, 75], {
      sex: "female",
      birthYear: 1991,
      bodyMassKg: 63,
      baselines: {
        repMaxes: [rm("back-squat", 105, 3), rm("deadlift", 130, 2), rm("barbell-bench-press", 60, 5)],
        fieldTests: [],
      },
    }),
  },
  {
    name: "Jonas Weber",
    email: "jonas.weber@demo.spotter.local",
    profile: p("hypertrophy", 18, [5, 60], {
      sex: "male",
      birthYear: 1997,
      bodyMassKg: 78,
      goals: { primary: "hypertrophy", secondary: ["strength"] },
    }),
  },
  {
    name: "Priya Nair",
    email: "priya.nair@demo.spotter.local",
    profile: p("fat_loss", 0, [3, 45], {
      sex: "female",
      birthYear: 1985,
      bodyMassKg: 82,
      heightCm: 165,
      locations: [home(HOME_MIN)],
      defaultLocationId: "home",
    }),
  },
  {
    name: "Tom Okafor",
    email: "tom.okafor@demo.spotter.local",
    profile: p("performance", 72, [6, 90], {
      sex: "male",
      birthYear: 2001,
      bodyMassKg: 88,
      eventDate: "2027-03-14",
      preferences: { likes: ["sled pushes", "olympic lifts"], dislikes: [] },
    }),
  },
  {
    name: "Elena Rossi",
    email: "elena.rossi@demo.spotter.local",
    profile: p("general_health", 6, [2, 45], {
      sex: "female",
      bodyMassKg: 68,
      birthYear: 1962,
      injuries: [
        { region: "knee", side: "right", severity: 3, aggravatingMovements: ["deep_knee_flexion", "knee_impact"] },
      ],
    }),
  },
  {
    name: "Sam Patel",
    email: "sam.patel@demo.spotter.local",
    profile: p("endurance", 30, [4, 60], {
      sex: "male",
      bodyMassKg: 72,
      birthYear: 1988,
      eventDate: "2027-04-20",
      locations: [gym, hotel],
      preferences: { likes: ["running"], dislikes: ["burpees"] },
    }),
  },
  {
    name: "Aisha Bello",
    email: "aisha.bello@demo.spotter.local",
    profile: p("strength", 3, [3, 60], {
      sex: "female",
      bodyMassKg: 60,
      birthYear: 1999,
      injuries: [
        { region: "lower_back", severity: 5, aggravatingMovements: ["spinal_flexion_load", "spinal_axial_load"] },
      ],
    }),
  },
  {
    name: "Lucas Martin",
    email: "lucas.martin@demo.spotter.local",
    profile: p("hypertrophy", 96, [6, 75], {
      sex: "male",
      birthYear: 1990,
      bodyMassKg: 92,
      units: "lb",
      baselines: { repMaxes: [rm("barbell-bench-press", 140, 3), rm("back-squat", 190, 3)], fieldTests: [] },
    }),
  },
  {
    name: "Hannah Kowalski",
    email: "hannah.k@demo.spotter.local",
    profile: p("fat_loss", 12, [4, 45], {
      sex: "female",
      bodyMassKg: 66,
      birthYear: 1993,
      locations: [home(HOME_DB), gym],
      defaultLocationId: "home",
    }),
  },
  {
    name: "Diego Alvarez",
    email: "diego.alvarez@demo.spotter.local",
    profile: p("general_health", 0, [2, 30], {
      sex: "male",
      bodyMassKg: 84,
      birthYear: 1958,
      screening: {
        heartCondition: false,
        chestPainActivity: false,
        dizzinessOrFainting: false,
        diagnosedChronicCondition: true,
        prescribedMedication: true,
        boneJointProblem: false,
        medicallySupervisedOnly: false,
        conditions: ["type 2 diabetes"],
      },
    }),
  },
  {
    name: "Freya Lindqvist",
    email: "freya.l@demo.spotter.local",
    profile: p("performance", 40, [5, 75], {
      sex: "female",
      bodyMassKg: 62,
      birthYear: 2003,
      injuries: [
        {
          region: "ankle",
          side: "left",
          severity: 2,
          aggravatingMovements: ["impact"],
          status: "resolved",
          since: "2026-05-02",
        },
      ],
    }),
  },
  {
    name: "Omar Haddad",
    email: "omar.haddad@demo.spotter.local",
    profile: p("strength", 24, [3, 90], {
      sex: "male",
      bodyMassKg: 86,
      birthYear: 1982,
      injuries: [
        {
          region: "shoulder",
          side: "left",
          severity: 4,
          aggravatingMovements: ["overhead_shoulder", "horizontal_shoulder_load"],
        },
      ],
    }),
  },
  {
    name: "Grace Kim",
    email: "grace.kim@demo.spotter.local",
    profile: p("hypertrophy", 8, [3, 60], {
      sex: "female",
      bodyMassKg: 58,
      birthYear: 1996,
      locations: [home(KB_HOME)],
      defaultLocationId: "home",
    }),
  },
  {
    name: "Ben Thompson",
    email: "ben.t@demo.spotter.local",
    profile: p("endurance", 120, [5, 60], {
      sex: "male",
      bodyMassKg: 76,
      birthYear: 1975,
      locations: [gym, hotel],
      defaultLocationId: "hotel",
      preferences: { likes: ["rowing"], dislikes: [], notes: "Travels most weeks" },
    }),
  },
  {
    name: "Chloé Dubois",
    email: "chloe.dubois@demo.spotter.local",
    profile: p("fat_loss", 2, [3, 45], {
      sex: "female",
      bodyMassKg: 70,
      birthYear: 1988,
      injuries: [
        { region: "wrist", side: "right", severity: 3, aggravatingMovements: ["wrist_extension"] },
        { region: "neck", severity: 2, aggravatingMovements: ["neck_load"] },
      ],
    }),
  },
  {
    name: "Kwame Mensah",
    email: "kwame.mensah@demo.spotter.local",
    profile: p("performance", 60, [4, 75], {
      sex: "male",
      bodyMassKg: 84,
      birthYear: 1998,
      goals: { primary: "performance", secondary: ["strength", "hypertrophy"] },
    }),
  },
  {
    name: "Ruth Goldberg",
    email: "ruth.goldberg@demo.spotter.local",
    profile: p("general_health", 14, [3, 45], {
      sex: "female",
      bodyMassKg: 64,
      birthYear: 1955,
      injuries: [{ region: "hip", side: "both", severity: 3, aggravatingMovements: ["hip_flexion_loaded"] }],
    }),
  },
  {
    name: "Nils Berg",
    email: "nils.berg@demo.spotter.local",
    status: "archived",
    profile: p("strength", 36, [3, 60], { sex: "male", birthYear: 1994, bodyMassKg: 82 }),
  },
];
