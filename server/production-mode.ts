// Imported first by the server's entry points: graphql-js (and express) pick their mode when
// first loaded, and in development mode graphql checks every type test against other copies of
// itself (measured: 9 % of a page of 100 assessments). Someone who sets NODE_ENV keeps theirs.
process.env.NODE_ENV ??= 'production';
