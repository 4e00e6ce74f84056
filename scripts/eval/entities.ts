/**
 * Entities gate: NER F1 (head match) over people, organizations and places on the GUM dev split, by type;
 * NER F1 (exact spans) on Universal NER EWT dev; name-chain accuracy on GUM dev (bench/lib/entities-eval.ts).
 */
import type { Gate, GateResult } from '../eval.js';
import {
  loadGum,
  loadNerDev,
  scoreGumChains,
  scoreGumNer,
  scoreNerDev,
  dateline,
} from '../../bench/lib/entities-eval.js';

export const gate: Gate = {
  name: 'entities',
  async run(): Promise<GateResult> {
    const gum = loadGum('dev');
    const ner = loadNerDev();
    if (!gum.length || !ner.length) return { metrics: {}, skipped: 'shared/data/gum or shared/data/ner-dev not found' };
    const { head } = scoreGumNer(dateline, gum);
    const chains = scoreGumChains(dateline, gum);
    const uner = scoreNerDev(dateline, ner);
    return {
      metrics: {
        gum_dev_f1: head.ALL.f1,
        gum_dev_f1_person: head.PER.f1,
        gum_dev_f1_organization: head.ORG.f1,
        gum_dev_f1_place: head.LOC.f1,
        uner_dev_f1: uner.ALL.f1,
        name_chain_accuracy: chains.accuracy,
        name_chain_precision: chains.precision,
      },
    };
  },
};
