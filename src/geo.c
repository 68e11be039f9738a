/*
 * geo.c: the haversine distance.  Good to a few metres at the scale of a
 * subregion; travel by road is longer, which the travel ranges allow for.
 */
#include "werkbank/geo.h"

#include <math.h>

#define EARTH_RADIUS_KM	6371.0088

double
geo_distance_km(double lat1, double lon1, double lat2, double lon2)
{
	const double	rad = 3.14159265358979323846 / 180.0;
	double		dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
	double		a;

	a = sin(dlat / 2) * sin(dlat / 2) + cos(lat1 * rad) * cos(lat2 * rad) *
	    sin(dlon / 2) * sin(dlon / 2);
	return 2 * EARTH_RADIUS_KM * atan2(sqrt(a), sqrt(1 - a));
}
