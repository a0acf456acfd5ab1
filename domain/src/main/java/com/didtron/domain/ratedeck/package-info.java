/** Rate cards and rating: sides of a card and who may read or change them. */
package com.didtron.domain.ratedeck;
