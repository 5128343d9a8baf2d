/** A relation the SQL reads, as written (quoted parts unquoted), for resolving `select *`. */
export interface RelationRef {
  database?: string;
  schema?: string;
  name: string;
}
