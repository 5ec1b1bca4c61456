// Stands in for a problem module missing from a checkout (see webpack.config.js): exports no
// module, so the app registry reports that solver as not available instead of the build failing.
export const timetableModule = undefined;
export const clubsModule = undefined;
