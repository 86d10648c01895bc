// TypeScript types for the admin, generated from the GraphQL schema (the same one printed to
// schema.graphql): one type per enum, object and input. `npm run schema:print` rewrites them.
import {
  type GraphQLField, type GraphQLInputField, type GraphQLNamedType, type GraphQLOutputType, type GraphQLInputType, type GraphQLSchema,
  isEnumType, isInputObjectType, isListType, isNonNullType, isObjectType, isScalarType,
} from 'graphql';

const SCALARS: Record<string, string> = { ID: 'string', String: 'string', Int: 'number', Float: 'number', Boolean: 'boolean', JSON: 'any', DateTimeISO: 'string' };

type AnyType = GraphQLOutputType | GraphQLInputType;

function typeRef(type: AnyType): string {
  if (isNonNullType(type)) return inner(type.ofType as AnyType);
  return `${inner(type)} | null`;
}

function inner(type: AnyType): string {
  if (isNonNullType(type)) return inner(type.ofType as AnyType);
  if (isListType(type)) {
    const item = typeRef(type.ofType as AnyType);
    return item.includes('|') ? `Array<${item}>` : `${item}[]`;
  }
  const named = type as GraphQLNamedType;
  return isScalarType(named) ? (SCALARS[named.name] ?? 'unknown') : named.name;
}

function doc(description: string | null | undefined, indent = ''): string {
  return description ? `${indent}/** ${description.replace(/\*\//g, '* /').replace(/\n/g, ' ')} */\n` : '';
}

/** The generated module's source text. */
export function adminTypes(schema: GraphQLSchema): string {
  const out = ['// Generated from schema.graphql by `npm run schema:print`; do not edit.', '/* eslint-disable */', ''];
  const types = Object.values(schema.getTypeMap()).filter((t) => !t.name.startsWith('__')).sort((a, b) => a.name.localeCompare(b.name));
  for (const type of types) {
    if (isEnumType(type)) {
      out.push(`${doc(type.description)}export type ${type.name} = ${type.getValues().map((v) => `'${v.name}'`).join(' | ')};`, '');
    } else if (isObjectType(type) || isInputObjectType(type)) {
      out.push(`${doc(type.description)}export interface ${type.name} {`);
      for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> | GraphQLInputField)[]) {
        const optional = isInputObjectType(type) && !isNonNullType(field.type) ? '?' : '';
        out.push(`${doc(field.description, '  ')}  ${field.name}${optional}: ${typeRef(field.type)};`);
      }
      out.push('}', '');
    }
  }
  return out.join('\n');
}
