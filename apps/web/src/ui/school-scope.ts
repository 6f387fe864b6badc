/** The whole trust, or chosen schools of it. */
export interface SchoolScope {
  wholeTrust: boolean;
  schoolIds: string[];
}
