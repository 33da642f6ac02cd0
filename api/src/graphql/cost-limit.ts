import type {
  ASTVisitor,
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  GraphQLNamedType,
  GraphQLOutputType,
  GraphQLSchema,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValueNode,
} from "graphql";
import { graphql } from "./graphql-cjs.ts";

/**
 * Query cost: every field costs 1, and whatever is selected under a list is counted once per item
 * the list may return. The size of a list is its `limit`/`first`/`take` argument when the query
 * states it as a literal, otherwise DEFAULT_LIST_SIZE. Aliases count separately, so one request
 * cannot ask for the same expensive field hundreds of times under different names.
 */
export const DEFAULT_LIST_SIZE = 10;
export const MAX_QUERY_COST = 20_000;
const SIZE_ARGUMENTS = new Set(["limit", "first", "last", "take"]);

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  /** Fragments being expanded: a cycle is reported by graphql's own rules and must not loop here. */
  expanding: Set<string>;
}

export function queryCostLimit(maxCost = MAX_QUERY_COST) {
  return (context: ValidationContext): ASTVisitor => {
    const schema = context.getSchema();
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const definition of context.getDocument().definitions) {
      if (definition.kind === graphql.Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    }
    return {
      OperationDefinition(operation) {
        if (operationCost(schema, fragments, operation, maxCost) > maxCost) {
          context.reportError(
            new graphql.GraphQLError(
              `This query is too expensive: its estimated cost is over ${maxCost} (each field counts once, and once per item of a list). Ask for fewer fields or smaller lists.`,
              { nodes: [operation] },
            ),
          );
        }
      },
    };
  };
}

/** The estimated cost of the most expensive operation in a document (for tests and tuning). */
export function estimateQueryCost(schema: GraphQLSchema, document: DocumentNode): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: OperationDefinitionNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === graphql.Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
    if (definition.kind === graphql.Kind.OPERATION_DEFINITION) operations.push(definition);
  }
  return Math.max(0, ...operations.map((operation) => operationCost(schema, fragments, operation, Infinity)));
}

function operationCost(
  schema: GraphQLSchema,
  fragments: Map<string, FragmentDefinitionNode>,
  operation: OperationDefinitionNode,
  budget: number,
): number {
  const rootTypes = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  };
  const root = rootTypes[operation.operation];
  return root ? selectionCost({ schema, fragments, expanding: new Set() }, operation.selectionSet, root, budget) : 0;
}

/** Stops counting once over the budget, so a huge query costs little to reject. */
function selectionCost(walk: Walk, selectionSet: SelectionSetNode, parentType: GraphQLNamedType, budget: number) {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (total > budget) return total;
    if (selection.kind === graphql.Kind.FIELD) {
      total += fieldCost(walk, selection, parentType, budget - total);
    } else if (selection.kind === graphql.Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parentType;
      total += selectionCost(walk, selection.selectionSet, type ?? parentType, budget - total);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment || walk.expanding.has(fragment.name.value)) continue;
      walk.expanding.add(fragment.name.value);
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parentType;
      total += selectionCost(walk, fragment.selectionSet, type, budget - total);
      walk.expanding.delete(fragment.name.value);
    }
  }
  return total;
}

function fieldCost(walk: Walk, field: FieldNode, parentType: GraphQLNamedType, budget: number): number {
  if (!field.selectionSet) return 1;
  const definition =
    graphql.isObjectType(parentType) || graphql.isInterfaceType(parentType)
      ? parentType.getFields()[field.name.value]
      : undefined;
  // Unknown fields are reported by graphql's own rules; their selections count at face value.
  const type = definition?.type;
  const multiplier = type && isList(type) ? listSize(field) : 1;
  const childType = type ? graphql.getNamedType(type) : parentType;
  return 1 + multiplier * selectionCost(walk, field.selectionSet, childType, Math.ceil(budget / multiplier));
}

function isList(type: GraphQLOutputType): boolean {
  return graphql.isListType(graphql.getNullableType(type));
}

function listSize(field: FieldNode): number {
  const argument = field.arguments?.find((arg) => SIZE_ARGUMENTS.has(arg.name.value));
  const size = argument ? intValue(argument.value) : undefined;
  return size !== undefined && size > 0 ? size : DEFAULT_LIST_SIZE;
}

function intValue(value: ValueNode): number | undefined {
  return value.kind === graphql.Kind.INT ? Number.parseInt(value.value, 10) : undefined;
}
