/** The organisation file a sheet uses unless it names another (`org:`). */
export const ORG_FILE = 'org.yaml';
