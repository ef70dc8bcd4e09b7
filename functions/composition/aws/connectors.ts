import {
  connectorRegistry,
  InternalDataConnector,
} from '#adapters/connectors/internal-dynamodb.ts';
import type { SubjectDataStore } from '#ports/subject-data.ts';

/** Every connector this deployment can use, by processor kind. */
export function connectors(ports: { subjectData: SubjectDataStore }) {
  return {
    connectors: connectorRegistry([
      new InternalDataConnector(ports.subjectData),
    ]),
  };
}
