/*
 * geo.h: distances between places from their coordinates (never from
 * municipal borders).
 */
#ifndef WERKBANK_GEO_H
#define WERKBANK_GEO_H

/* Great-circle distance in km between two WGS84 points. */
double	geo_distance_km(double lat1, double lon1, double lat2, double lon2);

#endif
