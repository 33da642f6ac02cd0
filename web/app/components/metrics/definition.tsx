import { DEFINITIONS, type DefinitionKey } from "./definitions";

/** A figure's definition behind a native disclosure: one click or Enter away, announced as expandable. */
export function Definition({ of, name }: { of: DefinitionKey; name: string }) {
  return (
    <details className="metric-definition">
      <summary>
        Definition<span className="visually-hidden"> of {name}</span>
      </summary>
      <p className="metric-definition__text">{DEFINITIONS[of]}</p>
    </details>
  );
}
